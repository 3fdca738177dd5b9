#include "load/street_register.h"

#include <algorithm>
#include <charconv>

#include "base/input_file.h"
#include "load/csv_columns.h"
#include "load/csv_reader.h"
#include "load/municipality_fields.h"

namespace enindgang {
namespace {

// A house number as CPR writes it, without leading zeros: digits, then at most one capital.
bool IsHouseNumber(std::string_view s) {
  size_t digits = 0;
  while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
  if (digits == 0 || digits > 4) return false;
  return s.size() == digits || (s.size() == digits + 1 && s[digits] >= 'A' && s[digits] <= 'Z');
}

struct Table {
  CsvTable rows;
  CsvColumns columns;
};

std::optional<Table> ReadTable(const std::filesystem::path& path, const std::string& display,
                               const std::vector<std::string>& columns, Diagnostics& diagnostics) {
  auto bytes = ReadInput(path, {display, 0, 0}, kCsvLimit, diagnostics);
  if (!bytes) return std::nullopt;
  auto table = ReadCsv(*bytes, display, diagnostics);
  if (!table) return std::nullopt;
  auto checked = CsvColumns::Check(*table, columns, display, diagnostics);
  if (!checked) return std::nullopt;
  return Table{std::move(*table), std::move(*checked)};
}

SourcePosition At(const std::string& path, const CsvField& field) { return {path, field.line, field.column}; }

void CheckCode(const std::string& path, const CsvField& field, Diagnostics& diagnostics) {
  if (!IsMunicipalityCode(field.value))
    diagnostics.Error(At(path, field), "'" + field.value + "' is not a municipality code",
                      "write a code from 1 to 999 without leading zeros; rerun scripts/make-street-data.py");
}

void CheckPostcode(const std::string& path, const CsvField& field, Diagnostics& diagnostics) {
  if (!IsPostcode(field.value))
    diagnostics.Error(At(path, field), "postcode '" + field.value + "' is not four digits",
                      "Danish postcodes have four digits, e.g. 8000; rerun scripts/make-street-data.py");
}

void ReadVillages(const Table& t, const std::string& path, StreetRegister& out, Diagnostics& diagnostics) {
  for (const auto& row : t.rows.rows) {
    if (!t.columns.CheckWidth(row, path, diagnostics)) continue;
    const CsvField& name = t.columns.Field(row, "name");
    Village village{name.value, t.columns.Field(row, "municipality_code").value,
                    SplitList(t.columns.Field(row, "postcodes").value), At(path, name)};
    if (village.name.empty())
      diagnostics.Error(village.where, "a village without a name", "give each row the town name, or remove it");
    CheckCode(path, t.columns.Field(row, "municipality_code"), diagnostics);
    const CsvField& postcodes = t.columns.Field(row, "postcodes");
    for (const auto& code : village.postcodes)
      if (!IsPostcode(code))
        diagnostics.Error(At(path, postcodes), "postcode '" + code + "' is not four digits",
                          "list four-digit postcodes separated by ;, e.g. 5300;5350");
    out.villages.push_back(std::move(village));
  }
}

void ReadPostcodes(const Table& t, const std::string& path, StreetRegister& out, Diagnostics& diagnostics) {
  for (const auto& row : t.rows.rows) {
    if (!t.columns.CheckWidth(row, path, diagnostics)) continue;
    const CsvField& postcode = t.columns.Field(row, "postcode");
    const CsvField& streets = t.columns.Field(row, "streets");
    RegisterPostcode entry{postcode.value, t.columns.Field(row, "municipality_code").value, 0, At(path, postcode)};
    CheckPostcode(path, postcode, diagnostics);
    CheckCode(path, t.columns.Field(row, "municipality_code"), diagnostics);
    const char* end = streets.value.data() + streets.value.size();
    auto [stop, error] = std::from_chars(streets.value.data(), end, entry.streets);
    if (error != std::errc() || stop != end || entry.streets < 1)
      diagnostics.Error(At(path, streets), "'" + streets.value + "' is not a number of streets",
                        "write how many street names the register has there, e.g. 214");
    out.postcodes.push_back(std::move(entry));
  }
}

void ReadSplitStreets(const Table& t, const std::string& path, StreetRegister& out, Diagnostics& diagnostics) {
  for (const auto& row : t.rows.rows) {
    if (!t.columns.CheckWidth(row, path, diagnostics)) continue;
    const CsvField& postcode = t.columns.Field(row, "postcode");
    const CsvField& numbers = t.columns.Field(row, "numbers");
    SplitStreet street{postcode.value,
                       t.columns.Field(row, "municipality_code").value,
                       t.columns.Field(row, "street").value,
                       {},
                       At(path, postcode)};
    CheckPostcode(path, postcode, diagnostics);
    CheckCode(path, t.columns.Field(row, "municipality_code"), diagnostics);
    if (street.street.empty())
      diagnostics.Error(At(path, t.columns.Field(row, "street")), "a street without a name",
                        "give each row the street's name, or remove it");
    for (const auto& part : SplitList(numbers.value)) {
      if (auto parsed = ParseHouseNumbers(part)) street.numbers.push_back(*parsed);
      else
        diagnostics.Error(At(path, numbers), "'" + part + "' is not a run of house numbers",
                          "write <side><from>-<to> with side L (even), U (odd) or nothing, e.g. U85-85 or L2-40");
    }
    out.split_streets.push_back(std::move(street));
  }
}

}  // namespace

std::optional<HouseNumbers> ParseHouseNumbers(std::string_view text) {
  HouseNumbers numbers;
  if (!text.empty() && (text[0] == 'L' || text[0] == 'U')) {
    numbers.side = text[0];
    text.remove_prefix(1);
  }
  const size_t dash = text.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  numbers.from = std::string(text.substr(0, dash));
  numbers.to = std::string(text.substr(dash + 1));
  if (!numbers.from.empty() && !IsHouseNumber(numbers.from)) return std::nullopt;
  // The register leaves both ends blank for a whole side ("L-"): from the first number to the last.
  if (!numbers.to.empty() && !IsHouseNumber(numbers.to)) return std::nullopt;
  return numbers;
}

std::optional<StreetRegister> LoadStreetRegister(const std::filesystem::path& folder, const std::string& display_folder,
                                                 bool required, Diagnostics& reported) {
  ScopedDiagnostics diagnostics(reported);
  StreetRegister result;
  result.folder = display_folder;
  std::error_code error;
  if (!required && !std::filesystem::exists(folder, error)) return result;
  result.present = true;
  const std::string villages = display_folder + "/villages.csv", postcodes = display_folder + "/postcodes.csv",
                    streets = display_folder + "/split_streets.csv";
  if (auto t = ReadTable(folder / "villages.csv", villages, {"name", "municipality_code", "postcodes"}, diagnostics))
    ReadVillages(*t, villages, result, diagnostics);
  if (auto t =
          ReadTable(folder / "postcodes.csv", postcodes, {"postcode", "municipality_code", "streets"}, diagnostics))
    ReadPostcodes(*t, postcodes, result, diagnostics);
  if (auto t = ReadTable(folder / "split_streets.csv", streets, {"postcode", "municipality_code", "street", "numbers"},
                         diagnostics))
    ReadSplitStreets(*t, streets, result, diagnostics);
  if (diagnostics.HasErrors()) return std::nullopt;
  return result;
}

}  // namespace enindgang
