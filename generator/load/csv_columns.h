#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "load/csv_reader.h"

namespace enindgang {

// The columns a CSV file must have, checked against its header, and where
// each of them is in the rows.
class CsvColumns {
 public:
  // Reports every missing, unknown, repeated or misordered header column.
  // Returns nullopt only when an expected column is missing, since the rows
  // can still be read by name otherwise.
  static std::optional<CsvColumns> Check(const CsvTable& table, const std::vector<std::string>& expected,
                                         const std::string& path, Diagnostics& diagnostics);

  // Reports a row whose field count differs from the header's; false then.
  bool CheckWidth(const CsvRow& row, const std::string& path, Diagnostics& diagnostics) const;

  // The row's field in `column`, which must be one of the expected columns of
  // a row that passed CheckWidth.
  const CsvField& Field(const CsvRow& row, std::string_view column) const;

 private:
  std::map<std::string, size_t, std::less<>> index_;
  size_t width_ = 0;
};

}  // namespace enindgang
