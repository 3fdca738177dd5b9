#include "render/bracket_limits.h"

#include <catch2/catch.hpp>

#include "reference_body.h"

using namespace enindgang;

namespace {

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// The messages for a body whose first line is line 5 of content/da/side.md.
std::string Check(const std::string& markdown, bool expect_ok) {
  Diagnostics diagnostics;
  CHECK(CheckBracketCounts(testing::BodyContext(markdown, false), diagnostics) == expect_ok);
  return testing::Messages(diagnostics);
}

}  // namespace

TEST_CASE(
    "brackets: a thousand open brackets in a paragraph pass and one more is an error; a blank line starts the count "
    "again") {
  const std::string links = Repeat("[ord](ord.md)\n", 1000);
  CHECK(Check(links + "\n" + links + ">\n" + links, true).empty());
  CHECK(Check(links + "Og ![et billede](b.png).\n" + links, false) ==
        "content/da/side.md:1005:5: error: more than 1000 '[' in one paragraph (every link and image opens one) — "
        "split it into shorter paragraphs\n");
}
