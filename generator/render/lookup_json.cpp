#include "render/lookup_json.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace enindgang {

std::map<std::string, std::string> VillageChunkJson(const LookupIndex& index) {
  std::map<std::string, nlohmann::json> chunks;
  for (const auto& village : index.villages) {
    nlohmann::json row = {village.label, village.municipalities};
    if (!village.slug.empty()) row.push_back(village.slug);
    auto [chunk, added] = chunks.try_emplace(VillageChunk(village.key), nlohmann::json::array());
    chunk->second.push_back(std::move(row));
  }
  std::map<std::string, std::string> out;
  for (const auto& [chunk, rows] : chunks) out[chunk] = rows.dump();
  return out;
}

std::string LookupIndexJson(const LookupIndex& index, const MunicipalityDirectory& directory,
                            const std::vector<std::string>& municipality_slugs,
                            const std::map<std::string, std::string>& village_urls) {
  if (municipality_slugs.size() != directory.municipalities.size())
    throw std::invalid_argument("LookupIndexJson: one slug per municipality");
  nlohmann::json municipalities = nlohmann::json::array();
  for (size_t i = 0; i < directory.municipalities.size(); ++i) {
    const auto& m = directory.municipalities[i];
    municipalities.push_back({m.code, m.name, municipality_slugs[i]});
  }
  nlohmann::json entries = nlohmann::json::array();
  for (const auto& entry : index.entries)
    entries.push_back({entry.label, static_cast<int>(entry.kind), entry.municipalities});
  // Special places: [slug, [names], [[letters, low, high], ...]]; lookup.js folds the names.
  nlohmann::json places = nlohmann::json::array();
  for (const auto& place : directory.special_places) {
    nlohmann::json codes = nlohmann::json::array();
    for (const auto& range : place.codes) codes.push_back({range.prefix, range.low, range.high});
    places.push_back({place.slug, place.names, codes});
  }
  nlohmann::json json{{"m", municipalities}, {"e", entries}, {"s", places}};
  if (!village_urls.empty()) json["v"] = village_urls;
  return json.dump();
}

}  // namespace enindgang
