#include "text/fold.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <string>
#include <vector>

using namespace enindgang::text;

namespace {

struct FoldCase {
  int line;
  std::string input;
  std::string key;
};

// tests/fold_cases.tsv is shared with tests/js/fold_test.js so that the C++
// and the browser fold are held to the same table.
std::vector<FoldCase> ReadFoldCases() {
  std::ifstream in(ENINDGANG_SOURCE_DIR "/tests/fold_cases.tsv", std::ios::binary);
  REQUIRE(in);
  std::vector<FoldCase> cases;
  std::string line;
  std::getline(in, line);
  REQUIRE(line == "input\tkey");
  for (int number = 2; std::getline(in, line); ++number) {
    const size_t tab = line.find('\t');
    REQUIRE(tab != std::string::npos);
    cases.push_back({number, line.substr(0, tab), line.substr(tab + 1)});
  }
  return cases;
}

}  // namespace

TEST_CASE("every row of tests/fold_cases.tsv folds to its key") {
  const auto cases = ReadFoldCases();
  CHECK(cases.size() >= 120);
  for (const auto& c : cases) {
    INFO("fold_cases.tsv:" << c.line << ": [" << c.input << "]");
    CHECK(FoldForSearch(c.input) == c.key);
  }
}

TEST_CASE("every spelling of a Danish place name gets one key") {
  const std::vector<std::vector<std::string>> groups = {
      {"Høje-Taastrup", "hoje taastrup", "HOEJE TAASTRUP", "Hoje-Tastrup"},
      {"Åbenrå", "Aabenraa", "Abenra", "ÅBENRÅ"},
      {"Ærø", "aeroe", "Aero", "AERØ"},
      {"Århus", "Aarhus"},
      {"Nykøbing F", "Nykobing f.", "nykøbing  f"},
  };
  for (const auto& group : groups) {
    for (const auto& name : group) {
      INFO(name << " vs " << group.front());
      CHECK(FoldForSearch(name) == FoldForSearch(group.front()));
    }
  }
}

TEST_CASE("different names keep different keys") {
  CHECK(FoldForSearch("Odense") != FoldForSearch("Odder"));
  CHECK(FoldForSearch("Ærø") != FoldForSearch("Ry"));
  CHECK(FoldForSearch("Køge") != FoldForSearch("Kage"));
}

TEST_CASE("folding is idempotent") {
  for (const char* name : {"Høje-Taastrup", "Gudenåen", "Київ", "Straße 8000"}) {
    const std::string once = FoldForSearch(name);
    CHECK(FoldForSearch(once) == once);
  }
}
