#include "text/alphabetic_index.h"

#include <catch2/catch.hpp>

using namespace enindgang::text;

namespace {

std::vector<std::string> Labels(const std::vector<LetterGroup>& groups) {
  std::vector<std::string> labels;
  for (const auto& g : groups) labels.push_back(g.label);
  return labels;
}

}  // namespace

TEST_CASE("Danish files Aarhus under Å, after Ærø and Ø, as a dictionary does") {
  std::vector<std::string> names = {"Aarhus", "Albertslund", "Ærø", "Odense", "Ålborg"};
  auto groups = GroupAlphabetically(names, "da");
  CHECK(Labels(groups) == std::vector<std::string>{"A", "O", "Æ", "Å"});
  CHECK(groups.back().items == std::vector<size_t>{4, 0});  // Ålborg, Aarhus
}

TEST_CASE("English files Aarhus under A") {
  auto groups = GroupAlphabetically({"Odense", "Aarhus", "Albertslund"}, "en");
  CHECK(Labels(groups) == std::vector<std::string>{"A", "O"});
  CHECK(groups[0].items == std::vector<size_t>{0 + 1, 2});
}

TEST_CASE("Latin names still group by letter on an Arabic page") {
  auto groups = GroupAlphabetically({"Odense", "Aarhus"}, "ar@numbers=latn");
  CHECK(Labels(groups) == std::vector<std::string>{"A", "O"});
}
