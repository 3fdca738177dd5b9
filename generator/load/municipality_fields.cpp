#include "load/municipality_fields.h"

#include <algorithm>
#include <chrono>

namespace enindgang {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool AllDigits(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), IsDigit); }

}  // namespace

bool IsMunicipalityCode(std::string_view value) {
  return AllDigits(value) && value.size() <= 3 && value.front() != '0';
}

bool CheckMunicipalityCode(const CsvField& field, const std::string& path, Diagnostics& diagnostics) {
  const std::string& value = field.value;
  SourcePosition at{path, field.line, field.column};
  const char* how = "write the municipality's code without a leading zero, e.g. 101 for København";
  if (value.empty()) {
    diagnostics.Error(at, "empty municipality code", how);
    return false;
  }
  if (!AllDigits(value)) {
    diagnostics.Error(at, "municipality code '" + value + "' is not a number", how);
    return false;
  }
  auto significant = value.substr(std::min(value.find_first_not_of('0'), value.size()));
  if (significant.empty() || significant.size() > 3) {
    diagnostics.Error(at, "municipality code '" + value + "' is out of range", "municipality codes run from 1 to 999");
    return false;
  }
  if (significant.size() != value.size()) {
    diagnostics.Error(at, "municipality code '" + value + "' has a leading zero", "write it as " + significant);
    return false;
  }
  return true;
}

bool IsIsoDate(std::string_view value) {
  if (value.size() != 10 || value[4] != '-' || value[7] != '-') return false;
  auto year = value.substr(0, 4), month = value.substr(5, 2), day = value.substr(8, 2);
  if (!AllDigits(year) || !AllDigits(month) || !AllDigits(day)) return false;
  auto number = [](std::string_view s) {
    unsigned n = 0;
    for (char c : s) n = n * 10 + static_cast<unsigned>(c - '0');
    return n;
  };
  std::chrono::year_month_day date{std::chrono::year(static_cast<int>(number(year))), std::chrono::month(number(month)),
                                   std::chrono::day(number(day))};
  return date.ok();
}

bool IsPostcode(std::string_view value) { return value.size() == 4 && AllDigits(value); }

std::vector<std::string> SplitList(std::string_view value) {
  std::vector<std::string> parts;
  while (true) {
    auto end = value.find(';');
    auto part = value.substr(0, end);
    auto first = part.find_first_not_of(" \t");
    if (first != std::string_view::npos) {
      part = part.substr(first, part.find_last_not_of(" \t") - first + 1);
      parts.emplace_back(part);
    }
    if (end == std::string_view::npos) return parts;
    value.remove_prefix(end + 1);
  }
}

}  // namespace enindgang
