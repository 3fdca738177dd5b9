#include "load/css_color.h"

#include <catch2/catch.hpp>

using namespace enindgang;

namespace {

std::string Read(std::string_view text) {
  auto rgb = ParseCssColor(text);
  return rgb ? std::to_string(rgb->red) + "," + std::to_string(rgb->green) + "," + std::to_string(rgb->blue) : "no";
}

}  // namespace

TEST_CASE("css colour: #rgb, #rrggbb, rgb() and CSS's colour names, in any case") {
  CHECK(Read("#1d1d1b") == "29,29,27");
  CHECK(Read("#FFF") == "255,255,255");
  CHECK(Read("rgb(29, 29, 27)") == "29,29,27");
  CHECK(Read("rgb(0 128 255)") == "0,128,255");
  CHECK(Read("RGB( 1,2 ,3 )") == "1,2,3");
  CHECK(Read("navy") == "0,0,128");
  CHECK(Read("RebeccaPurple") == "102,51,153");
  CHECK(Read("aliceblue") == "240,248,255");
  CHECK(Read("yellowgreen") == "154,205,50");
  CHECK(Read("grey") == "128,128,128");
}

TEST_CASE("css colour: anything else, including what would end the declaration in colors.css, is not a colour") {
  for (const char* not_colour : {"red; background: url(https://evil.example/x)",
                                 "red;",
                                 "#12345",
                                 "#1234",
                                 "#ggg",
                                 "",
                                 "#",
                                 "rgb(256, 0, 0)",
                                 "rgb(-1, 0, 0)",
                                 "rgb(1, 2)",
                                 "rgb(1, 2, 3, 0.5)",
                                 "rgba(1, 2, 3)",
                                 "rgb(1,2 3)",
                                 "rgb(1 2 3",
                                 "rgb(10%, 0, 0)",
                                 "transparent",
                                 "currentcolor",
                                 "var(--x)",
                                 " navy",
                                 "navy ",
                                 "navy}",
                                 "bluee",
                                 "#fff\n}",
                                 "rgb(+1, 2, 3)"})
    CHECK(Read(not_colour) == "no");
}
