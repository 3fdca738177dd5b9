#include "load/csv_columns.h"

#include <algorithm>

#include "base/suggest.h"

namespace enindgang {
namespace {

std::string ExpectedList(const std::vector<std::string>& expected) {
  std::string list;
  for (const auto& name : expected) list += (list.empty() ? "" : ",") + name;
  return "expected columns, in this order: " + list;
}

void ReportUnknown(const CsvField& field, const std::vector<std::string>& expected, const std::string& path,
                   Diagnostics& diagnostics) {
  std::string close = ClosestMatch(field.value, expected);
  std::string hint = close.empty() ? "" : "did you mean '" + close + "'? ";
  diagnostics.Error({path, field.line, field.column}, "unknown column '" + field.value + "'",
                    hint + ExpectedList(expected));
}

// Among the expected columns that are present, the first that stands where
// another one belongs.
void ReportOrder(const std::vector<const CsvField*>& present, const std::vector<std::string>& expected,
                 const std::string& path, Diagnostics& diagnostics) {
  std::vector<std::string> wanted;
  for (const auto& name : expected)
    if (std::any_of(present.begin(), present.end(), [&](const CsvField* f) { return f->value == name; }))
      wanted.push_back(name);
  for (size_t i = 0; i < present.size(); ++i) {
    if (present[i]->value == wanted[i]) continue;
    diagnostics.Error({path, present[i]->line, present[i]->column},
                      "columns out of order: '" + present[i]->value + "' stands where '" + wanted[i] + "' belongs",
                      ExpectedList(expected));
    return;
  }
}

}  // namespace

std::optional<CsvColumns> CsvColumns::Check(const CsvTable& table, const std::vector<std::string>& expected,
                                            const std::string& path, Diagnostics& diagnostics) {
  if (table.header_row.fields.empty()) {
    diagnostics.Error({path, 1, 1}, "the file is empty",
                      "the first line must name the columns; " + ExpectedList(expected));
    return std::nullopt;
  }
  CsvColumns columns;
  columns.width_ = table.header_row.fields.size();
  std::vector<const CsvField*> present;  // expected columns, in header order, each once
  for (size_t i = 0; i < table.header_row.fields.size(); ++i) {
    const CsvField& field = table.header_row.fields[i];
    if (std::find(expected.begin(), expected.end(), field.value) == expected.end()) {
      ReportUnknown(field, expected, path, diagnostics);
    } else if (auto [it, added] = columns.index_.emplace(field.value, i); !added) {
      diagnostics.Error({path, field.line, field.column}, "column '" + field.value + "' appears twice",
                        "it is already field " + std::to_string(it->second + 1) + " of the header; remove one");
    } else {
      present.push_back(&field);
    }
  }
  bool complete = true;
  for (const auto& name : expected) {
    if (columns.index_.contains(name)) continue;
    diagnostics.Error({path, table.header_row.line, 1}, "missing column '" + name + "'", ExpectedList(expected));
    complete = false;
  }
  ReportOrder(present, expected, path, diagnostics);
  if (!complete) return std::nullopt;
  return columns;
}

bool CsvColumns::CheckWidth(const CsvRow& row, const std::string& path, Diagnostics& diagnostics) const {
  if (row.fields.size() == width_) return true;
  // Point at the first field too many, or at the last one when some are missing.
  const CsvField& at = row.fields.size() > width_ ? row.fields[width_] : row.fields.back();
  diagnostics.Error(
      {path, at.line, at.column},
      "row has " + std::to_string(row.fields.size()) + " fields, but the header has " + std::to_string(width_),
      "check for a missing or extra comma; a value that contains a comma must be in quotes");
  return false;
}

const CsvField& CsvColumns::Field(const CsvRow& row, std::string_view column) const {
  return row.fields[index_.find(column)->second];
}

}  // namespace enindgang
