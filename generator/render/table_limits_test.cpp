#include "render/table_limits.h"

#include <catch2/catch.hpp>

#include "reference_body.h"

using namespace enindgang;

namespace {

// The messages for a body whose first line is line 5 of content/da/side.md.
std::string Check(const std::string& markdown, bool expect_ok) {
  Diagnostics diagnostics;
  CHECK(CheckTableSizes(testing::BodyContext(markdown, false), diagnostics) == expect_ok);
  return testing::Messages(diagnostics);
}

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace

TEST_CASE("tables: ten columns pass, the eleventh is an error at its delimiter cell") {
  CHECK(Check("Tekst\n\n" + Repeat("|a", 10) + "|\n" + Repeat("|-", 10) + "|\n" + Repeat("|b", 10) + "|\n", true)
            .empty());
  CHECK(Check("| a | b |\n" + Repeat("| :--: ", 11) + "|\n", false) ==
        "content/da/side.md:6:74: error: table has 11 columns, more than the 10 a phone can show — split it into "
        "narrower tables, or write each row as a short list\n");
}

TEST_CASE("tables: a delimiter row inside a block quote or a list item is found too") {
  CHECK_THAT(Check("> a|b\n> " + Repeat("-|", 12) + "\n", false),
             Catch::Contains("side.md:6:23: error: table has 12 columns"));
  CHECK_THAT(Check("- punkt\n\n  a|b\n  " + Repeat(":-|", 11) + "\n", false),
             Catch::Contains("side.md:8:34: error: table has 11"));
}

TEST_CASE("tables: a line of '-' alone starts no table, nor does text with pipes") {
  CHECK(Check(Repeat("Tekst a | b | c | d | e | f | g | h | i | j | k | l\n", 20) + "---\n" + Repeat("linje\n", 10001),
              true)
            .empty());
}

TEST_CASE("tables: rows × columns past 10,000 cells is an error at the first row too many") {
  // 10 header cells and 999 rows of 10 cells (short rows are padded): 10,000 cells pass.
  const std::string table = Repeat("|h", 10) + "|\n" + Repeat("|-", 10) + "|\n" + Repeat("x\n", 999);
  CHECK(Check(table, true).empty());
  CHECK(Check(table + "x\ny\n", false) ==
        "content/da/side.md:1006:1: error: the table that starts on line 5 has more than 10000 cells (rows × "
        "columns) here — split it into smaller tables, each under its own heading\n");
}

TEST_CASE("tables: a blank line ends a table, so tables are counted one by one") {
  const std::string table = "a|b\n-|-\n" + Repeat("x\n", 4000);
  CHECK(Check(table + "\n" + table + ">\n" + table, true).empty());
}

TEST_CASE("tables: a wider delimiter row inside a table counts with its width from there") {
  const std::string table = "a|b\n-|-\n" + Repeat("x\n", 10) + Repeat("-|", 10) + "\n" + Repeat("x\n", 1000);
  CHECK_THAT(Check(table, false),
             Catch::Contains("side.md:1014:1: error: the table that starts on line 5 has more than 10000"));
}

TEST_CASE("tables: a row or header of more than 11 unescaped pipes is an error at the twelfth") {
  const std::string table = "a|b\n-|-\n";
  CHECK(Check(table + Repeat("x|", 11) + "\n" + Repeat("\\|", 50) + "\n", true).empty());
  CHECK(Check(table + "x" + Repeat("|", 200000) + "\n", false) ==
        "content/da/side.md:7:13: error: table row has more than 10 cells — split the table, or write \\| for a | "
        "that belongs to the text of a cell\n");
  CHECK_THAT(Check("> " + Repeat("\\\\|", 12) + "\n> -|-\n", false),
             Catch::Contains("side.md:5:38: error: table row has more"));
}
