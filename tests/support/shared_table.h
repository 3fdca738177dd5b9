#pragma once
// Reads a two-column table of cases that a Catch2 test and a node test share
// (tests/*_cases.tsv): a header line, then "first<TAB>second" rows; lines that
// start with '#' are comments.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

namespace enindgang::testing {

struct SharedTableRow {
  int line;  // 1-based, for messages
  std::string first;
  std::string second;
};

inline std::vector<SharedTableRow> ReadSharedTable(const std::string& path, const std::string& header) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::vector<SharedTableRow> rows;
  std::string line;
  bool seen_header = false;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.starts_with("#")) continue;
    if (!seen_header) {
      REQUIRE(line == header);
      seen_header = true;
      continue;
    }
    const size_t tab = line.find('\t');
    INFO(path << ":" << number);
    REQUIRE(tab != std::string::npos);
    rows.push_back({number, line.substr(0, tab), line.substr(tab + 1)});
  }
  return rows;
}

}  // namespace enindgang::testing
