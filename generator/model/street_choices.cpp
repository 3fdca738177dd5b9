#include "model/street_choices.h"

#include <algorithm>
#include <set>

#include "text/fold.h"

namespace enindgang {
namespace {

std::map<std::string, int, std::less<>> IndexOfCode(const MunicipalityDirectory& directory) {
  std::map<std::string, int, std::less<>> index_of_code;
  for (size_t i = 0; i < directory.municipalities.size(); ++i)
    index_of_code[directory.municipalities[i].code] = static_cast<int>(i);
  return index_of_code;
}

}  // namespace

std::map<std::string, PostcodeStreets> BuildPostcodeStreets(const MunicipalityDirectory& directory) {
  const auto index_of_code = IndexOfCode(directory);
  const StreetRegister& reg = directory.street_register;
  std::map<std::pair<std::string, std::string>, int> street_count;  // (postcode, code) → streets
  for (const auto& row : reg.postcodes) street_count[{row.postcode, row.municipality_code}] = row.streets;

  std::map<std::string, PostcodeStreets> result;
  for (const auto& postcode : directory.postcodes) {
    if (postcode.municipality_codes.size() < 2) continue;
    std::vector<std::pair<int, int>> counted;  // (streets, file position) per code
    std::vector<std::string> codes = postcode.municipality_codes;
    bool known = false;
    for (size_t i = 0; i < codes.size(); ++i) {
      auto found = street_count.find({postcode.code, codes[i]});
      counted.push_back({found == street_count.end() ? 0 : found->second, static_cast<int>(i)});
      known = known || found != street_count.end();
    }
    if (!known) continue;
    std::stable_sort(counted.begin(), counted.end(), [](auto a, auto b) { return a.first > b.first; });
    PostcodeStreets streets;
    for (const auto& [count, position] : counted) {
      auto code = index_of_code.find(codes[position]);
      if (code != index_of_code.end()) streets.order.push_back(code->second);
    }
    result.emplace(postcode.code, std::move(streets));
  }
  // split_streets.csv is sorted by postcode, then municipality code, then street.
  for (const auto& row : reg.split_streets) {
    auto postcode = result.find(row.postcode);
    auto code = index_of_code.find(row.municipality_code);
    if (postcode == result.end() || code == index_of_code.end()) continue;
    auto& order = postcode->second.order;
    if (std::find(order.begin(), order.end(), code->second) == order.end()) continue;
    auto& groups = postcode->second.groups;
    auto group = std::find_if(groups.begin(), groups.end(),
                              [&](const StreetGroup& g) { return g.municipality == code->second; });
    if (group == groups.end()) group = groups.insert(groups.end(), StreetGroup{code->second, {}});
    group->streets.push_back({row.street, row.numbers});
  }
  for (auto& entry : result) {
    PostcodeStreets& streets = entry.second;  // not a structured binding: clang 14 cannot capture one
    auto rank = [&](const StreetGroup& g) {
      return std::find(streets.order.begin(), streets.order.end(), g.municipality) - streets.order.begin();
    };
    std::sort(streets.groups.begin(), streets.groups.end(),
              [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
  }
  return result;
}

std::vector<VillageChoice> BuildVillageChoices(const LookupIndex& index, const MunicipalityDirectory& directory) {
  const auto index_of_code = IndexOfCode(directory);
  std::map<std::string, size_t, std::less<>> choice_of_key;
  std::vector<VillageChoice> choices;
  for (size_t i = 0; i < index.villages.size(); ++i) {
    const auto& village = index.villages[i];
    if (village.slug.empty()) continue;
    choice_of_key[village.key] = choices.size();
    VillageChoice choice{static_cast<int>(i), {}};
    for (int m : village.municipalities) choice.places.push_back({m, {}});
    choices.push_back(std::move(choice));
  }
  for (const auto& row : directory.street_register.villages) {
    auto choice = choice_of_key.find(text::FoldForSearch(row.name));
    auto code = index_of_code.find(row.municipality_code);
    if (choice == choice_of_key.end() || code == index_of_code.end()) continue;
    for (auto& [m, postcodes] : choices[choice->second].places) {
      if (m != code->second) continue;
      postcodes.insert(postcodes.end(), row.postcodes.begin(), row.postcodes.end());
      std::sort(postcodes.begin(), postcodes.end());
      postcodes.erase(std::unique(postcodes.begin(), postcodes.end()), postcodes.end());
    }
  }
  std::map<std::string, std::string, std::less<>> town_of;
  for (const auto& postcode : directory.postcodes) town_of[postcode.code] = postcode.town;
  for (auto& choice : choices)
    for (auto& [m, postcodes] : choice.places)
      for (auto& code : postcodes)
        if (auto town = town_of.find(code); town != town_of.end()) code += " " + town->second;
  return choices;
}

}  // namespace enindgang
