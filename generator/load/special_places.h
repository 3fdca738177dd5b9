#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/source_position.h"

namespace enindgang {

// Codes of a place outside the Danish municipalities: "3900-3999" (Greenland's
// postcodes) or "FO100-FO999" (the Faroe Islands'). Letters before the digits
// are the same at both ends; the range is one block, so nginx can match it with
// one pattern: a common start, one digit from a range, then any digits.
struct CodeRange {
  std::string prefix;     // "", "FO"
  std::string low, high;  // same number of digits
};

// One row of special_places.csv: a place a child may type that no Danish
// municipality covers (Christiansø, Greenland, the Faroe Islands, abroad).
// Its page says so kindly (theme strings special_<slug>_title and _text).
struct SpecialPlace {
  std::string slug;                // its page: /steder/<slug>/
  std::vector<std::string> names;  // what a child may type: "Nuuk", "Grønland"
  std::vector<CodeRange> codes;
  std::string nearest_code;  // a municipality whose page the place's page links, or ""
  std::string source;        // where the facts behind the row come from
  SourcePosition where;
};

// Reads special_places.csv (columns slug,names,codes,nearest_municipality,source;
// names and codes ;-separated). A missing file is no places, unless `required`.
// Reports every problem at its position; nullopt if there was any.
std::optional<std::vector<SpecialPlace>> LoadSpecialPlaces(const std::filesystem::path& path,
                                                           const std::string& display_name, bool required,
                                                           Diagnostics& diagnostics);

// Parses "3900-3999" or "FO100-FO999"; nullopt if it is not such a range.
std::optional<CodeRange> ParseCodeRange(std::string_view text);

}  // namespace enindgang
