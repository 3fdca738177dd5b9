#include "text/collation.h"

#include <catch2/catch.hpp>

using namespace enindgang::text;

TEST_CASE("Danish order puts Æ Ø Å after Z and Aa with Å") {
  std::vector<std::string> names = {"Aabenraa", "Ærø", "Åbenrå", "Odense", "Zealand", "Albertslund", "Ølstykke"};
  SortCollated(names, "da");
  CHECK(names == std::vector<std::string>{"Albertslund", "Odense", "Zealand", "Ærø", "Ølstykke", "Åbenrå", "Aabenraa"});
}

TEST_CASE("Less is a strict order") {
  const Collation da("da");
  CHECK(da.Less("Odense", "Ærø"));
  CHECK_FALSE(da.Less("Ærø", "Odense"));
  CHECK(da.Less("Ærø", "Aabenraa"));
  CHECK_FALSE(da.Less("Odense", "Odense"));
}

TEST_CASE("English order treats Æ as AE and Å as A") {
  std::vector<std::string> names = {"Odense", "Ærø", "Åbenrå", "Aabenraa"};
  SortCollated(names, "en");
  CHECK(names == std::vector<std::string>{"Aabenraa", "Åbenrå", "Ærø", "Odense"});
}

TEST_CASE("objects sort by a key, equal keys keep their order") {
  struct Place {
    std::string name;
    int id;
  };
  std::vector<Place> places = {{"Åbenrå", 1}, {"Odense", 2}, {"odense", 3}, {"Odense", 4}, {"Ærø", 5}};
  SortCollatedBy(places, "da", [](const Place& p) { return p.name; });
  std::vector<int> ids;
  for (const auto& p : places) ids.push_back(p.id);
  CHECK(ids == std::vector<int>{2, 4, 3, 5, 1});  // Danish puts upper case first
}
