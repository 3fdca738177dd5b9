#include "load/special_places.h"

#include <algorithm>

#include "base/input_file.h"
#include "load/csv_columns.h"
#include "load/csv_reader.h"
#include "load/municipality_fields.h"
#include "text/slug.h"

namespace enindgang {
namespace {

const std::vector<std::string> kColumns = {"slug", "names", "codes", "nearest_municipality", "source"};

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "FO100" → {"FO", "100"}.
std::pair<std::string, std::string> SplitCode(std::string_view code) {
  size_t digits = code.size();
  while (digits > 0 && code[digits - 1] >= '0' && code[digits - 1] <= '9') --digits;
  return {std::string(code.substr(0, digits)), std::string(code.substr(digits))};
}

}  // namespace

std::optional<CodeRange> ParseCodeRange(std::string_view text) {
  const size_t dash = text.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  auto [prefix, low] = SplitCode(text.substr(0, dash));
  auto [prefix_high, high] = SplitCode(text.substr(dash + 1));
  if (prefix != prefix_high || !IsDigits(low) || low.size() != high.size() || low > high) return std::nullopt;
  if (!std::all_of(prefix.begin(), prefix.end(),
                   [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }))
    return std::nullopt;
  // One block: the same start, one digit that varies, then 0…0 to 9…9.
  size_t common = 0;
  while (common < low.size() && low[common] == high[common]) ++common;
  for (size_t i = common + 1; i < low.size(); ++i)
    if (low[i] != '0' || high[i] != '9') return std::nullopt;
  return CodeRange{prefix, low, high};
}

std::optional<std::vector<SpecialPlace>> LoadSpecialPlaces(const std::filesystem::path& path,
                                                           const std::string& display_name, bool required,
                                                           Diagnostics& reported) {
  ScopedDiagnostics diagnostics(reported);
  std::error_code error;
  if (!required && !std::filesystem::exists(path, error)) return std::vector<SpecialPlace>{};
  auto bytes = ReadInput(path, {display_name, 0, 0}, kCsvLimit, diagnostics);
  if (!bytes) return std::nullopt;
  auto table = ReadCsv(*bytes, display_name, diagnostics);
  if (!table) return std::nullopt;
  auto columns = CsvColumns::Check(*table, kColumns, display_name, diagnostics);
  if (!columns) return std::nullopt;
  std::vector<SpecialPlace> places;
  for (const auto& row : table->rows) {
    if (!columns->CheckWidth(row, display_name, diagnostics)) continue;
    const CsvField& slug = columns->Field(row, "slug");
    SpecialPlace place;
    place.slug = slug.value;
    place.where = {display_name, slug.line, slug.column};
    if (!text::IsSlug(place.slug))
      diagnostics.Error(place.where, "'" + place.slug + "' is not a slug",
                        "write lower-case letters, digits and -, e.g. groenland");
    place.names = SplitList(columns->Field(row, "names").value);
    const CsvField& codes = columns->Field(row, "codes");
    for (const auto& code : SplitList(codes.value)) {
      if (auto range = ParseCodeRange(code)) place.codes.push_back(*range);
      else
        diagnostics.Error({display_name, codes.line, codes.column}, "'" + code + "' is not a range of codes",
                          "write a block such as 3900-3999 or FO100-FO999");
    }
    place.nearest_code = columns->Field(row, "nearest_municipality").value;
    place.source = columns->Field(row, "source").value;
    if (place.names.empty() && place.codes.empty())
      diagnostics.Error(place.where, "special place '" + place.slug + "' has no names and no codes",
                        "list what a child may type for it in names, separated by ;");
    places.push_back(std::move(place));
  }
  if (diagnostics.HasErrors()) return std::nullopt;
  return places;
}

}  // namespace enindgang
