#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace enindgang::text {

using MessageArg = std::variant<int64_t, double, std::string>;

// Formats an ICU MessageFormat pattern with named arguments, e.g.
//   "{count, plural, one {# side} other {# sider}}" with {"count", 3}.
// Plural categories and number digits follow the locale.
// Returns nullopt and sets *error (if not null) when the pattern does not
// parse ("U_PATTERN_SYNTAX_ERROR at offset 7 near ...") or names an argument
// that `args` lacks ("missing argument 'count'").
std::optional<std::string> FormatMessage(std::string_view pattern, const std::string& icu_locale,
                                         const std::map<std::string, MessageArg>& args, std::string* error);

// True if the pattern parses; for checking translation files before any
// page needs them. Sets *error as FormatMessage does.
bool ValidateMessage(std::string_view pattern, const std::string& icu_locale, std::string* error);

}  // namespace enindgang::text
