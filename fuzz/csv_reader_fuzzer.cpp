// ReadCsv, then the two table readers built on it, on arbitrary bytes.
// Properties: no crash; a result means no error was reported, and every
// field's position is on a real line (messages point into the file).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "load/csv_reader.h"
#include "load/municipality_table.h"
#include "load/postcode_table.h"

using namespace enindgang;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Diagnostics diagnostics;
  auto table = ReadCsv(bytes, "fuzz.csv", diagnostics);
  PrintIfAsked(diagnostics);
  FUZZ_CHECK(table.has_value() != diagnostics.HasErrors());
  if (table) {
    const int lines = 1 + static_cast<int>(std::count(bytes.begin(), bytes.end(), '\n'));
    for (const auto& row : table->rows) {
      FUZZ_CHECK(row.line >= 1 && row.line <= lines);
      for (const auto& field : row.fields) {
        FUZZ_CHECK(field.line >= row.line && field.line <= lines);
        FUZZ_CHECK(field.column >= 1);
      }
    }
  }
  Diagnostics municipalities_diagnostics;
  ReadMunicipalityTable(bytes, "municipalities.csv", municipalities_diagnostics);
  Diagnostics postcodes_diagnostics;
  KnownMunicipalities known{{"101", "147", "751"}, "municipalities.csv"};
  ReadPostcodeTable(bytes, "postcodes.csv", &known, postcodes_diagnostics);
  for (const auto& d : postcodes_diagnostics.Sorted()) FUZZ_CHECK(!d.Format().empty());
  return 0;
}
