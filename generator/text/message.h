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

// ICU parses and formats the sub-messages of a plural or select by recursion
// and overflows the stack some thousands of levels deep; a UI string needs a
// few. Braces are counted in one pass, quoted or not.
inline constexpr int kMaxMessageBraceDepth = 10;
// A quoted brace ('}') closes nothing for ICU, so ICU's depth may be more than
// the count above; however a pattern is quoted, with at most this many '{' it
// is nested no deeper than ICU can recurse.
inline constexpr int kMaxMessageBraces = 1000;

// Why a pattern is too deeply nested or has too many braces for ICU to be
// given it ("has braces nested 12 deep, more than 10"), or nullopt.
// FormatMessage and ValidateMessage refuse such patterns with that error.
std::optional<std::string> MessageTooComplex(std::string_view pattern);

// True if the pattern parses; for checking translation files before any
// page needs them. Sets *error as FormatMessage does.
bool ValidateMessage(std::string_view pattern, const std::string& icu_locale, std::string* error);

}  // namespace enindgang::text
