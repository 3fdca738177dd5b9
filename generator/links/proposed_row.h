#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "load/csv_reader.h"

namespace enindgang::links {

// municipalities.csv as a person will paste into it: its own header, and a
// municipality's row with one column changed, each field quoted only when
// RFC 4180 needs it.
class ProposedRows {
 public:
  explicit ProposedRows(CsvTable table) : table_(std::move(table)) {}

  std::string Header() const;
  // The row whose "code" is `code` with `column` set to `value`; nullopt when
  // there is no such row or column.
  std::optional<std::string> RowWith(std::string_view code, std::string_view column, const std::string& value) const;

 private:
  CsvTable table_;
};

// A field as CSV writes it: in quotes, with "" for ", when it holds , " or a line break.
std::string CsvQuoted(const std::string& value);

}  // namespace enindgang::links
