#include "model/street_choices.h"

#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "real_directory.h"

namespace enindgang {
namespace {

const MunicipalityDirectory& RealData() { return testing::RealDirectory(); }

std::vector<std::string> Names(const std::vector<int>& municipalities) {
  std::vector<std::string> names;
  for (int m : municipalities) names.push_back(RealData().municipalities[m].name);
  return names;
}

const StreetGroup* GroupOf(const PostcodeStreets& streets, const std::string& name) {
  for (const auto& group : streets.groups)
    if (RealData().municipalities[group.municipality].name == name) return &group;
  return nullptr;
}

}  // namespace

TEST_CASE("2640 Hedehusene names Høje-Taastrup first and Gjeddesdalsvej 85 under Greve") {
  const auto all = BuildPostcodeStreets(RealData());
  const auto& streets = all.at("2640");
  // 214 streets, then Ishøj and Roskilde with 4 each (postcodes.csv's order on a tie), then Greve with 1.
  CHECK(Names(streets.order) == std::vector<std::string>{"Høje-Taastrup", "Ishøj", "Roskilde", "Greve"});
  const StreetGroup* greve = GroupOf(streets, "Greve");
  REQUIRE(greve);
  REQUIRE(greve->streets.size() == 1);
  CHECK(greve->streets[0].name == "Gjeddesdalsvej");
  REQUIRE(greve->streets[0].numbers.size() == 1);
  CHECK(greve->streets[0].numbers[0].side == 'U');
  CHECK(greve->streets[0].numbers[0].from == "85");
  CHECK(greve->streets[0].numbers[0].to == "85");
  // The largest municipality's group holds only its part of split streets (Solhøjvej is also Ishøj's).
  const StreetGroup* hoeje = GroupOf(streets, "Høje-Taastrup");
  REQUIRE(hoeje);
  CHECK(streets.groups.front().municipality == streets.order.front());
  for (const auto& street : hoeje->streets) CHECK_FALSE(street.numbers.empty());
}

TEST_CASE("postcodes of one municipality and postcodes the register lacks have no street choice") {
  const auto all = BuildPostcodeStreets(RealData());
  CHECK_FALSE(all.contains("8000"));  // Aarhus C: one municipality
  for (const auto& [code, streets] : all) {
    INFO(code);
    CHECK(streets.order.size() >= 2);
  }
}

TEST_CASE("Hundslev is a choice of Kerteminde and Sønderborg with the postcodes it has in each") {
  const auto index = BuildLookupIndex(RealData());
  const auto choices = BuildVillageChoices(index, RealData());
  const VillageChoice* hundslev = nullptr;
  for (const auto& choice : choices)
    if (index.villages[choice.village].label == "Hundslev") hundslev = &choice;
  REQUIRE(hundslev);
  CHECK(index.villages[hundslev->village].slug == "hundslev");
  REQUIRE(hundslev->places.size() == 2);
  std::map<std::string, std::vector<std::string>> by_name;
  for (const auto& [m, postcodes] : hundslev->places) by_name[RealData().municipalities[m].name] = postcodes;
  CHECK(by_name.at("Kerteminde") == std::vector<std::string>{"5300 Kerteminde", "5350 Rynkeby"});
  CHECK(by_name.at("Sønderborg") == std::vector<std::string>{"6440 Augustenborg"});
  // Only villages in several municipalities have a choice page, and each slug is its own.
  std::set<std::string> slugs;
  for (const auto& choice : choices) {
    CHECK(index.villages[choice.village].municipalities.size() >= 2);
    CHECK(slugs.insert(index.villages[choice.village].slug).second);
  }
}

}  // namespace enindgang
