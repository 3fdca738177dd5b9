#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "load/csv_reader.h"

namespace enindgang {

// Checks on single values of municipalities.csv and postcodes.csv.

// 1 to 999, digits only, no leading zero (DAWA's "0101" is written 101).
bool IsMunicipalityCode(std::string_view value);
// Reports why `field` is not a municipality code; false then.
bool CheckMunicipalityCode(const CsvField& field, const std::string& path, Diagnostics& diagnostics);

// YYYY-MM-DD, a real calendar date.
bool IsIsoDate(std::string_view value);
// Exactly four ASCII digits.
bool IsPostcode(std::string_view value);

// "a; b;;c" → {"a", "b", "c"}: the parts between semicolons, trimmed, empty ones dropped.
std::vector<std::string> SplitList(std::string_view value);

}  // namespace enindgang
