#include "model/lookup_index.h"

#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "text/fold.h"

using namespace enindgang;

namespace {

Municipality Named(std::string code, std::string name, std::vector<std::string> aliases = {}) {
  Municipality m;
  m.code = std::move(code);
  m.name = std::move(name);
  m.aliases = std::move(aliases);
  return m;
}

// Three municipalities, three towns: "Taastrup" spans two of them over two
// postcodes, and "Næstved" is both a town and a municipality.
MunicipalityDirectory Small() {
  MunicipalityDirectory d;
  d.municipalities = {Named("169", "Høje-Taastrup"), Named("183", "Ishøj"), Named("370", "Næstved", {"Nestved", ""})};
  d.postcodes = {{"2630", "Taastrup", {"169"}, {}},
                 {"2631", "Taastrup", {"183", "169"}, {}},
                 {"2635", "Ishøj", {"183"}, {}},
                 {"4700", "Næstved", {"370"}, {}}};
  return d;
}

std::vector<std::tuple<std::string, std::string, LookupKind, std::vector<int>>> Rows(const LookupIndex& index) {
  std::vector<std::tuple<std::string, std::string, LookupKind, std::vector<int>>> rows;
  for (const auto& e : index.entries) rows.emplace_back(e.key, e.label, e.kind, e.municipalities);
  return rows;
}

std::optional<MunicipalityDirectory> RealData() {
  Diagnostics diagnostics;
  return LoadMunicipalityDirectory(ENINDGANG_SOURCE_DIR "/municipalities.csv", ENINDGANG_SOURCE_DIR "/postcodes.csv",
                                   ENINDGANG_SOURCE_DIR, diagnostics);
}

}  // namespace

TEST_CASE("the lookup index lists postcodes, names, merged towns and aliases in order") {
  using K = LookupKind;
  const auto rows = Rows(BuildLookupIndex(Small()));
  const decltype(rows) expected = {
      {"2630", "2630 Taastrup", K::kPostcode, {0}},
      {"2631", "2631 Taastrup", K::kPostcode, {0, 1}},
      {"2635", "2635 Ishøj", K::kPostcode, {1}},
      {"4700", "4700 Næstved", K::kPostcode, {2}},
      {"hoje tastrup", "Høje-Taastrup", K::kMunicipality, {0}},
      {"ishoj", "Ishøj", K::kMunicipality, {1}},
      {"nastved", "Næstved", K::kMunicipality, {2}},
      {"tastrup", "Taastrup", K::kTown, {0, 1}},
      // The towns Ishøj and Næstved, and the alias "" are left out: the first
      // two would always lose to the municipality of the same key and place.
      {"nestved", "Nestved", K::kAlias, {2}},
  };
  CHECK(rows == expected);
}

TEST_CASE("a town whose key equals a municipality's but whose places differ stays") {
  auto d = Small();
  d.postcodes.push_back({"2640", "Ishøj", {"169"}, {}});
  const auto index = BuildLookupIndex(d);
  int ishoj_towns = 0;
  for (const auto& e : index.entries) {
    if (e.kind == LookupKind::kTown && e.key == "ishoj") {
      ++ishoj_towns;
      CHECK(e.municipalities == std::vector<int>{0, 1});
    }
  }
  CHECK(ishoj_towns == 1);
}

TEST_CASE("the real lookup index has every postcode, municipality and the shared towns") {
  const auto directory = RealData();
  REQUIRE(directory);
  const auto index = BuildLookupIndex(*directory);
  std::map<LookupKind, int> per_kind;
  std::set<std::string> postcode_keys;
  for (const auto& e : index.entries) {
    ++per_kind[e.kind];
    CHECK_FALSE(e.key.empty());
    CHECK_FALSE(e.municipalities.empty());
    // The index JSON leaves keys out because lookup.js can derive them like this.
    if (e.kind == LookupKind::kPostcode) {
      CHECK(e.label.substr(0, 4) == e.key);
      postcode_keys.insert(e.key);
    } else {
      CHECK(text::FoldForSearch(e.label) == e.key);
    }
    if (e.label == "Frederiksberg C") CHECK(e.municipalities.size() == 2);  // 1810 is shared with København
  }
  CHECK(per_kind[LookupKind::kPostcode] == static_cast<int>(directory->postcodes.size()));
  CHECK(postcode_keys.size() == directory->postcodes.size());
  CHECK(per_kind[LookupKind::kMunicipality] == static_cast<int>(directory->municipalities.size()));
  CHECK(per_kind[LookupKind::kTown] > 400);
  CHECK(per_kind[LookupKind::kAlias] >= 5);
  CHECK(Rows(BuildLookupIndex(*directory)) == Rows(index));
}
