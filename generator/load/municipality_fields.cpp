#include "load/municipality_fields.h"

#include <algorithm>
#include <chrono>

namespace enindgang {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool AllDigits(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), IsDigit); }
bool IsAsciiAlnum(char c) { return IsDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Characters that would end or corrupt a URL inside an HTML attribute or Markdown link.
bool IsUnsafeInUrl(char c) {
  return static_cast<unsigned char>(c) <= ' ' || c == 0x7F ||
         std::string_view("\"'<>\\`{}|^").find(c) != std::string_view::npos;
}

// Labels of letters, digits, hyphens (and non-ASCII bytes, for IDN hosts) separated by dots, at least two.
bool IsDomain(std::string_view host) {
  if (host.empty() || host.front() == '.' || host.back() == '.' || host.find("..") != std::string_view::npos)
    return false;
  if (host.find('.') == std::string_view::npos) return false;
  return std::all_of(host.begin(), host.end(), [](char c) {
    return IsAsciiAlnum(c) || c == '-' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
  });
}

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

bool IsHttpsUrl(std::string_view value) {
  constexpr std::string_view kScheme = "https://";
  if (!value.starts_with(kScheme)) return false;
  if (std::any_of(value.begin(), value.end(), IsUnsafeInUrl)) return false;
  auto rest = value.substr(kScheme.size());
  auto host = rest.substr(0, rest.find_first_of("/?#"));
  if (auto colon = host.find(':'); colon != std::string_view::npos) {  // a port
    if (!AllDigits(host.substr(colon + 1))) return false;
    host = host.substr(0, colon);
  }
  return IsDomain(host);
}

bool IsEmailAddress(std::string_view value) {
  auto at = value.find('@');
  if (at == std::string_view::npos || at == 0) return false;
  auto local = value.substr(0, at);
  bool local_ok =
      local.front() != '.' && local.back() != '.' && std::all_of(local.begin(), local.end(), [](char c) {
        return IsAsciiAlnum(c) || std::string_view(".!#$%&'*+/=?^_`{|}~-").find(c) != std::string_view::npos;
      });
  return local_ok && IsDomain(value.substr(at + 1));
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
