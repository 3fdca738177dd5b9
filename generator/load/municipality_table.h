#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "load/municipality.h"

namespace enindgang {

// Reads municipalities.csv and reports every problem in it. Returns nullopt
// when its set of codes cannot be trusted (bad CSV, missing column, malformed
// row or code), so that checks against postcodes.csv do not echo those errors.
std::optional<std::vector<Municipality>> ReadMunicipalityTable(std::string_view bytes, const std::string& path,
                                                               Diagnostics& diagnostics);

}  // namespace enindgang
