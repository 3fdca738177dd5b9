#pragma once
#include <map>
#include <string>
#include <vector>

#include "load/municipality_directory.h"
#include "model/lookup_index.h"

namespace enindgang {

// What the choice pages say from the street register (street_register/): which
// streets of a split postcode lie where, and where a village of several
// municipalities lies. Rows naming a postcode or municipality the directory
// lacks are left out; `check` reports them (check/street_register_check.h).

struct ChoiceStreet {
  std::string name;                   // "Gjeddesdalsvej"
  std::vector<HouseNumbers> numbers;  // empty: the whole street
};

// The streets the register lists for one municipality of a postcode.
struct StreetGroup {
  int municipality;                   // index into directory.municipalities
  std::vector<ChoiceStreet> streets;  // by name, as split_streets.csv has them
};

// A postcode of several municipalities (postcodes.csv) as the register sees it.
struct PostcodeStreets {
  // The postcode's municipalities, the one with the most street names first (on a
  // tie, file order); those the register lacks for this postcode come last.
  std::vector<int> order;
  // One per municipality of `order` that has listed streets, in that order. The
  // first municipality's group holds only its part of streets that are split.
  std::vector<StreetGroup> groups;
};

// Keyed by postcode ("2640"); only postcodes of more than one municipality in
// postcodes.csv that the register knows.
std::map<std::string, PostcodeStreets> BuildPostcodeStreets(const MunicipalityDirectory& directory);

// A village in several municipalities, with the postcodes it has in each.
struct VillageChoice {
  int village;  // index into LookupIndex::villages; that entry has a slug
  // municipality → its postcodes as "5300 Kerteminde" (the town from postcodes.csv; the
  // code alone where the directory lacks it), by municipality
  std::vector<std::pair<int, std::vector<std::string>>> places;
};

std::vector<VillageChoice> BuildVillageChoices(const LookupIndex& index, const MunicipalityDirectory& directory);

}  // namespace enindgang
