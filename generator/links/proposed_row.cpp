#include "links/proposed_row.h"

#include <algorithm>

namespace enindgang::links {
namespace {

std::optional<size_t> IndexOf(const std::vector<std::string>& header, std::string_view column) {
  auto found = std::find(header.begin(), header.end(), column);
  if (found == header.end()) return std::nullopt;
  return static_cast<size_t>(found - header.begin());
}

}  // namespace

std::string CsvQuoted(const std::string& value) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string ProposedRows::Header() const {
  std::string line;
  for (const std::string& name : table_.header) {
    if (!line.empty()) line += ',';
    line += CsvQuoted(name);
  }
  return line;
}

std::optional<std::string> ProposedRows::RowWith(std::string_view code, std::string_view column,
                                                 const std::string& value) const {
  const auto code_at = IndexOf(table_.header, "code");
  const auto column_at = IndexOf(table_.header, column);
  if (!code_at || !column_at) return std::nullopt;
  for (const CsvRow& row : table_.rows) {
    if (row.fields.size() != table_.header.size() || row.fields[*code_at].value != code) continue;
    std::string line;
    for (size_t i = 0; i < row.fields.size(); ++i) {
      if (i > 0) line += ',';
      line += CsvQuoted(i == *column_at ? value : row.fields[i].value);
    }
    return line;
  }
  return std::nullopt;
}

}  // namespace enindgang::links
