#include "render/lookup_json.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace enindgang {

std::string LookupIndexJson(const LookupIndex& index, const MunicipalityDirectory& directory,
                            const std::vector<std::string>& municipality_slugs) {
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
  return nlohmann::json{{"m", municipalities}, {"e", entries}, {"s", places}}.dump();
}

}  // namespace enindgang
