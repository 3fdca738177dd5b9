#include "model/lookup_index.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "text/fold.h"
#include "text/slug.h"

namespace enindgang {
namespace {

class IndexBuilder {
 public:
  void Add(std::string key, std::string label, LookupKind kind, std::vector<int> municipalities) {
    if (key.empty()) return;
    std::sort(municipalities.begin(), municipalities.end());
    municipalities.erase(std::unique(municipalities.begin(), municipalities.end()), municipalities.end());
    if (!seen_.insert({key, municipalities}).second) return;
    index_.entries.push_back({std::move(key), std::move(label), kind, std::move(municipalities), ""});
  }

  LookupIndex Take() { return std::move(index_); }

 private:
  LookupIndex index_;
  std::set<std::pair<std::string, std::vector<int>>> seen_;
};

// The village names by key, in order of first appearance (villages.csv is sorted by
// name), each with the union of its municipalities; names no other entry has.
void AddVillages(const MunicipalityDirectory& directory, const std::map<std::string, int, std::less<>>& index_of_code,
                 LookupIndex& index) {
  std::set<std::string, std::less<>> taken;
  for (const auto& entry : index.entries) taken.insert(entry.key);
  std::map<std::string, size_t, std::less<>> slot_of;
  for (const auto& village : directory.street_register.villages) {
    auto code = index_of_code.find(village.municipality_code);
    if (code == index_of_code.end()) continue;  // `check` reports a municipality the directory lacks
    std::string key = text::FoldForSearch(village.name);
    if (key.empty() || VillageChunk(key).empty() || taken.contains(key)) continue;
    auto [slot, added] = slot_of.try_emplace(key, index.villages.size());
    if (added) index.villages.push_back({key, village.name, LookupKind::kVillage, {}, ""});
    auto& municipalities = index.villages[slot->second].municipalities;
    if (std::find(municipalities.begin(), municipalities.end(), code->second) == municipalities.end())
      municipalities.push_back(code->second);
  }
  std::set<std::string> slugs;
  for (auto& village : index.villages) {
    std::sort(village.municipalities.begin(), village.municipalities.end());
    if (village.municipalities.size() < 2) continue;
    // Two names may slug alike ("Hf. Bøgely", "Hf Bøgely"): the later gets -2, -3, ….
    const std::string base =
        text::Slugify(village.label).empty() ? village.key.substr(0, 1) : text::Slugify(village.label);
    std::string slug = base;
    for (int n = 2; !slugs.insert(slug).second; ++n) slug = base + "-" + std::to_string(n);
    village.slug = slug;
  }
}

}  // namespace

std::string VillageChunk(std::string_view key) {
  if (key.empty()) return "";
  const char c = key[0];
  if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return std::string(1, c);
  return "";
}

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
  LookupIndex index = builder.Take();
  AddVillages(directory, index_of_code, index);
  return index;
}

}  // namespace enindgang
