#include "load/postcode_table.h"

#include <map>

#include "load/csv_columns.h"
#include "load/csv_reader.h"
#include "load/municipality_fields.h"

namespace enindgang {
namespace {

const std::vector<std::string> kColumns = {"postcode", "name", "municipality_codes"};

// The codes in the municipality_codes field; false if any is malformed or there are none.
bool ReadMunicipalityCodes(const CsvField& field, Postcode& postcode, const std::string& path,
                           const KnownMunicipalities* known, Diagnostics& diagnostics) {
  SourcePosition at{path, field.line, field.column};
  postcode.municipality_codes = SplitList(field.value);
  if (postcode.municipality_codes.empty()) {
    diagnostics.Error(at, "postcode '" + postcode.code + "' has no municipality codes",
                      "list the codes of the municipalities it covers, separated by ;, e.g. 169;183");
    return false;
  }
  bool ok = true;
  for (const auto& code : postcode.municipality_codes) {
    if (!IsMunicipalityCode(code)) {
      diagnostics.Error(at, "'" + code + "' is not a municipality code",
                        "list codes from 1 to 999 without leading zeros, separated by ;, e.g. 169;183");
      ok = false;
    } else if (known && !known->codes.contains(code)) {
      diagnostics.Error(at, "postcode '" + postcode.code + "' points to unknown municipality code '" + code + "'",
                        "use a code from the code column of " + known->path);
    }
  }
  return ok;
}

}  // namespace

std::optional<std::vector<Postcode>> ReadPostcodeTable(std::string_view bytes, const std::string& path,
                                                       const KnownMunicipalities* known, Diagnostics& diagnostics) {
  auto table = ReadCsv(bytes, path, diagnostics);
  if (!table) return std::nullopt;
  auto columns = CsvColumns::Check(*table, kColumns, path, diagnostics);
  if (!columns) return std::nullopt;
  bool lists_whole = true;
  std::map<std::string, int> first_line;  // postcode → line where it first appears
  std::vector<Postcode> postcodes;
  for (const auto& row : table->rows) {
    if (!columns->CheckWidth(row, path, diagnostics)) {
      lists_whole = false;
      continue;
    }
    const CsvField& code = columns->Field(row, "postcode");
    Postcode postcode{code.value, columns->Field(row, "name").value, {}, {path, code.line, code.column}};
    if (!IsPostcode(code.value)) {
      diagnostics.Error(postcode.where, "postcode '" + code.value + "' is not four digits",
                        "Danish postcodes have four digits, e.g. 8000");
    } else if (auto [it, added] = first_line.emplace(code.value, row.line); !added) {
      diagnostics.Error(postcode.where, "duplicate postcode '" + code.value + "'",
                        "line " + std::to_string(it->second) +
                            " already has it; list each postcode once, with all its municipality codes");
    }
    if (!ReadMunicipalityCodes(columns->Field(row, "municipality_codes"), postcode, path, known, diagnostics))
      lists_whole = false;
    postcodes.push_back(std::move(postcode));
  }
  if (!lists_whole) return std::nullopt;
  return postcodes;
}

}  // namespace enindgang
