#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/diagnostics.h"

namespace enindgang {

// One field of a CSV record, unquoted, with where it starts (its opening quote
// if quoted). Lines and columns count from 1; columns count code points.
struct CsvField {
  std::string value;
  int line = 0;
  int column = 0;
  bool quoted = false;
};

// The line and column of the byte at `offset` in `field.value`, for messages
// about a part of a value ("Mo-We 10-15" wrong at its "10"): past the opening
// quote, each "" counted as written, each code point one column.
std::pair<int, int> PositionInField(const CsvField& field, size_t offset);

// A record; `line` is where it starts (a quoted field may span lines).
struct CsvRow {
  int line = 0;
  std::vector<CsvField> fields;
};

struct CsvTable {
  std::vector<std::string> header;  // the first record's values
  std::vector<CsvRow> rows;         // every record after the header
  CsvRow header_row;                // the header again, with positions, for messages
};

// Bounds on one record, far above what the site's tables hold (14 columns,
// fields of a few hundred bytes), so that a record costs memory in proportion
// to what is kept of it, whatever the file holds.
constexpr size_t kMaxCsvFieldBytes = 4096;
constexpr size_t kMaxCsvFields = 64;

// Parses RFC 4180 CSV: comma separator, CRLF or LF line ends, "quoted" fields
// with "" for a quote and line breaks inside (kept as LF), an optional UTF-8
// BOM. Blank lines are skipped. Reports every invalid UTF-8 line, unterminated
// quote, stray quote, field longer than kMaxCsvFieldBytes and record of more
// than kMaxCsvFields fields at its position and returns nullopt if there was any.
std::optional<CsvTable> ReadCsv(std::string_view bytes, const std::string& path, Diagnostics& diagnostics);

}  // namespace enindgang
