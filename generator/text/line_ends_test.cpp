#include "text/line_ends.h"

#include <catch2/catch.hpp>

using enindgang::text::NormalizeLineEnds;

TEST_CASE("CR LF, a lone CR and LF each become one LF") {
  CHECK(NormalizeLineEnds("a\r\nb\rc\nd") == "a\nb\nc\nd");
  CHECK(NormalizeLineEnds("\r\r\n\n") == "\n\n\n");
  CHECK(NormalizeLineEnds("ends with CR\r") == "ends with CR\n");
}

TEST_CASE("text without CR is unchanged, UTF-8 included") {
  CHECK(NormalizeLineEnds("Børn og unge\nÅ") == "Børn og unge\nÅ");
  CHECK(NormalizeLineEnds("").empty());
}
