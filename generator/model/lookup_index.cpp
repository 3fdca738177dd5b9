#include "model/lookup_index.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "text/fold.h"

namespace enindgang {
namespace {

class IndexBuilder {
 public:
  void Add(std::string key, std::string label, LookupKind kind, std::vector<int> municipalities) {
    if (key.empty()) return;
    std::sort(municipalities.begin(), municipalities.end());
    municipalities.erase(std::unique(municipalities.begin(), municipalities.end()), municipalities.end());
    if (!seen_.insert({key, municipalities}).second) return;
    index_.entries.push_back({std::move(key), std::move(label), kind, std::move(municipalities)});
  }

  LookupIndex Take() { return std::move(index_); }

 private:
  LookupIndex index_;
  std::set<std::pair<std::string, std::vector<int>>> seen_;
};

}  // namespace

LookupIndex BuildLookupIndex(const MunicipalityDirectory& directory) {
  std::map<std::string, int, std::less<>> index_of_code;
  for (size_t i = 0; i < directory.municipalities.size(); ++i)
    index_of_code[directory.municipalities[i].code] = static_cast<int>(i);

  // Town names in first-seen order, each with the union of its postcodes' municipalities.
  std::vector<std::pair<std::string, std::vector<int>>> towns;
  std::map<std::string, size_t> town_slot;
  IndexBuilder builder;
  for (const auto& postcode : directory.postcodes) {
    std::vector<int> municipalities;
    for (const auto& code : postcode.municipality_codes) {
      // LoadMunicipalityDirectory rejects unknown codes; skip rather than guess.
      if (auto found = index_of_code.find(code); found != index_of_code.end()) municipalities.push_back(found->second);
    }
    builder.Add(postcode.code, postcode.code + " " + postcode.town, LookupKind::kPostcode, municipalities);
    auto [slot, inserted] = town_slot.try_emplace(postcode.town, towns.size());
    if (inserted) towns.push_back({postcode.town, {}});
    auto& merged = towns[slot->second].second;
    merged.insert(merged.end(), municipalities.begin(), municipalities.end());
  }

  for (size_t i = 0; i < directory.municipalities.size(); ++i) {
    const auto& name = directory.municipalities[i].name;
    builder.Add(text::FoldForSearch(name), name, LookupKind::kMunicipality, {static_cast<int>(i)});
  }
  for (auto& [town, municipalities] : towns)
    builder.Add(text::FoldForSearch(town), town, LookupKind::kTown, std::move(municipalities));
  for (size_t i = 0; i < directory.municipalities.size(); ++i) {
    for (const auto& alias : directory.municipalities[i].aliases)
      builder.Add(text::FoldForSearch(alias), alias, LookupKind::kAlias, {static_cast<int>(i)});
  }
  return builder.Take();
}

}  // namespace enindgang
