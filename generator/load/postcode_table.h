#pragma once
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "load/municipality.h"

namespace enindgang {

// The municipality codes a postcode may name, and the file they come from.
struct KnownMunicipalities {
  std::set<std::string, std::less<>> codes;
  std::string path;
};

// Reads postcodes.csv and reports every problem in it, including codes not in
// `known` (skipped when null: an unreadable municipality table would make every
// code look unknown). Returns nullopt when its municipality lists cannot be
// trusted (bad CSV, missing column, malformed row or list), so that checks
// against municipalities.csv do not echo those errors.
std::optional<std::vector<Postcode>> ReadPostcodeTable(std::string_view bytes, const std::string& path,
                                                       const KnownMunicipalities* known, Diagnostics& diagnostics);

}  // namespace enindgang
