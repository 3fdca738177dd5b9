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
  return nlohmann::json{{"m", municipalities}, {"e", entries}}.dump();
}

}  // namespace enindgang
