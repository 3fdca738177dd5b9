#include "load/csv_reader.h"

#include <catch2/catch.hpp>

using namespace enindgang;

namespace {

struct Parsed {
  std::optional<CsvTable> table;
  std::vector<std::string> messages;
};

Parsed Parse(std::string_view bytes) {
  Diagnostics diagnostics;
  Parsed parsed{ReadCsv(bytes, "t.csv", diagnostics), {}};
  for (const auto& d : diagnostics.Sorted()) parsed.messages.push_back(d.Format());
  return parsed;
}

std::vector<std::string> Values(const CsvRow& row) {
  std::vector<std::string> values;
  for (const auto& field : row.fields) values.push_back(field.value);
  return values;
}

}  // namespace

TEST_CASE("csv: header and rows, with the line and column of every field") {
  auto parsed = Parse("a,bb,c\n1,22,333\n");
  REQUIRE(parsed.table);
  CHECK(parsed.table->header == std::vector<std::string>{"a", "bb", "c"});
  REQUIRE(parsed.table->rows.size() == 1);
  const CsvRow& row = parsed.table->rows[0];
  CHECK(row.line == 2);
  CHECK(Values(row) == std::vector<std::string>{"1", "22", "333"});
  CHECK(row.fields[2].line == 2);
  CHECK(row.fields[2].column == 6);
  CHECK(parsed.table->header_row.fields[1].column == 3);
}

TEST_CASE("csv: columns count code points, not bytes") {
  auto parsed = Parse("h1,h2,h3\nø,å,x\n");
  REQUIRE(parsed.table);
  CHECK(parsed.table->rows[0].fields[1].column == 3);
  CHECK(parsed.table->rows[0].fields[2].column == 5);
}

TEST_CASE("csv: a UTF-8 byte order mark is skipped and not counted") {
  auto parsed = Parse(
      "\xEF\xBB\xBF"
      "code,name\n101,København\n");
  REQUIRE(parsed.table);
  CHECK(parsed.messages.empty());
  CHECK(parsed.table->header == std::vector<std::string>{"code", "name"});
  CHECK(parsed.table->header_row.fields[0].column == 1);
}

TEST_CASE("csv: CRLF line ends are accepted and not kept") {
  auto parsed = Parse("a,b\r\n1,2\r\n3,4\r\n");
  REQUIRE(parsed.table);
  REQUIRE(parsed.table->rows.size() == 2);
  CHECK(Values(parsed.table->rows[0]) == std::vector<std::string>{"1", "2"});
  CHECK(parsed.table->rows[1].line == 3);
}

TEST_CASE("csv: quoted fields hold commas, doubled quotes and line breaks") {
  auto parsed = Parse("a,b\n\"x, y\",\"one\r\ntwo\"\n\"say \"\"hi\"\"\",\n");
  REQUIRE(parsed.table);
  REQUIRE(parsed.table->rows.size() == 2);
  const CsvRow& first = parsed.table->rows[0];
  CHECK(Values(first) == std::vector<std::string>{"x, y", "one\ntwo"});
  CHECK(first.fields[1].column == 8);
  const CsvRow& second = parsed.table->rows[1];
  CHECK(second.line == 4);  // the quoted line break moved it down
  CHECK(Values(second) == std::vector<std::string>{"say \"hi\"", ""});
}

TEST_CASE("csv: blank lines are skipped, a missing final line end is fine") {
  auto parsed = Parse("a\n\n1\n\n2");
  REQUIRE(parsed.table);
  REQUIRE(parsed.table->rows.size() == 2);
  CHECK(parsed.table->rows[0].line == 3);
  CHECK(parsed.table->rows[1].fields[0].value == "2");
}

TEST_CASE("csv: an empty file has no header and no rows") {
  auto parsed = Parse("");
  REQUIRE(parsed.table);
  CHECK(parsed.table->header.empty());
  CHECK(parsed.table->rows.empty());
}

TEST_CASE("csv: an unterminated quote is reported at the opening quote") {
  auto parsed = Parse("a,b\n1,\"open\n2,3\n");
  CHECK_FALSE(parsed.table);
  CHECK(parsed.messages ==
        std::vector<std::string>{"t.csv:2:3: error: unterminated quoted field — close the field with a quote; "
                                 "a quote inside it is written twice (\"\")"});
}

TEST_CASE("csv: invalid UTF-8 is reported at the byte, once per line") {
  auto parsed = Parse("a,b\n\xF8,\xF8\nok,\xC3\n");
  CHECK_FALSE(parsed.table);
  CHECK(parsed.messages ==
        std::vector<std::string>{
            "t.csv:2:1: error: invalid UTF-8 (byte 0xF8) — save the file as UTF-8; this byte suggests Latin-1 or "
            "Windows-1252",
            "t.csv:3:4: error: invalid UTF-8 (byte 0xC3) — save the file as UTF-8; this byte suggests Latin-1 or "
            "Windows-1252"});
}

TEST_CASE("csv: text after a closing quote is reported") {
  auto parsed = Parse("a\n\"x\"y\n");
  CHECK_FALSE(parsed.table);
  CHECK(parsed.messages ==
        std::vector<std::string>{"t.csv:2:4: error: text after the closing quote of a field — put the whole field in "
                                 "quotes and write each quote inside it twice (\"\")"});
}

TEST_CASE("csv: a quote inside an unquoted field is reported") {
  auto parsed = Parse("a\nx\"y\n");
  CHECK_FALSE(parsed.table);
  CHECK(parsed.messages ==
        std::vector<std::string>{"t.csv:2:2: error: quote inside an unquoted field — put the whole field in quotes and "
                                 "write this quote twice (\"\")"});
}

TEST_CASE("csv: a bad byte does not hide the problems after it") {
  auto parsed = Parse("a\n\xE6\nx\"y\n");
  CHECK_FALSE(parsed.table);
  REQUIRE(parsed.messages.size() == 2);
  CHECK(parsed.messages[0].starts_with("t.csv:2:1: error: invalid UTF-8 (byte 0xE6)"));
  CHECK(parsed.messages[1].starts_with("t.csv:3:2: error: quote inside an unquoted field"));
}

TEST_CASE("csv: a field longer than 4096 bytes is an error at the field, wherever it ends") {
  CHECK(Parse("a,b\n1," + std::string(4096, 'x') + "\n").messages.empty());
  auto parsed = Parse("a,b\n1,\"" + std::string(3000, 'x') + "\n" + std::string(2000, 'y') + "\"\n2," +
                      std::string(20000, 'z') + "\n");
  CHECK_FALSE(parsed.table);
  CHECK(parsed.messages ==
        std::vector<std::string>{
            "t.csv:2:3: error: field is longer than 4096 bytes — shorten it; if it should end sooner, "
            "check its quotes (a quote inside a quoted field is written twice, \"\")",
            "t.csv:4:3: error: field is longer than 4096 bytes — shorten it; if it should end sooner, "
            "check its quotes (a quote inside a quoted field is written twice, \"\")"});
}

TEST_CASE("csv: a record of more than 64 fields is an error at the 65th; the next record is read on") {
  CHECK(Parse("a\n" + std::string(63, ',') + "\n").messages.empty());
  auto parsed = Parse("a\n" + std::string(100000, ',') + "\nb\"c\n");
  CHECK_FALSE(parsed.table);
  CHECK(parsed.messages ==
        std::vector<std::string>{"t.csv:2:65: error: row has more than 64 fields — check for a missing line break or "
                                 "extra commas; a value that contains a comma must be in quotes",
                                 "t.csv:3:2: error: quote inside an unquoted field — put the whole field in quotes and "
                                 "write this quote twice (\"\")"});
}

TEST_CASE("csv: a byte inside a field maps back to its line and column as written") {
  auto parsed = Parse("a,b\nx,\"Mø \"\"q\"\" 10-15\"\nø,Mo 10\n");
  REQUIRE(parsed.table);
  const CsvField& quoted = parsed.table->rows[0].fields[1];
  CHECK(quoted.quoted);
  // value: Mø "q" 10-15; its "10" is at byte 8, written at column 13: 3 (the quote) + 1 + 7 code points + 2 doubled
  // quotes
  CHECK(quoted.value.substr(8, 2) == "10");
  CHECK(PositionInField(quoted, 8) == std::pair<int, int>{2, 13});
  const CsvField& plain = parsed.table->rows[1].fields[1];
  CHECK_FALSE(plain.quoted);
  CHECK(PositionInField(plain, 3) == std::pair<int, int>{3, 6});
}
