#include "text/message.h"

#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "text/icu_string.h"

namespace enindgang::text {
namespace {

void SetError(std::string* error, std::string message) {
  if (error) *error = std::move(message);
}

// "U_PATTERN_SYNTAX_ERROR at offset 12 near 'other {'"; the context is what
// ICU saw just before the failure, which is where the fix usually goes.
std::string DescribeParseError(UErrorCode status, const UParseError& where) {
  std::string message = u_errorName(status);
  if (where.offset >= 0) message += " at offset " + std::to_string(where.offset);
  const std::string before = FromIcu(icu::UnicodeString(where.preContext));
  const std::string after = FromIcu(icu::UnicodeString(where.postContext));
  if (!before.empty() || !after.empty()) message += " near '" + before + after + "'";
  return message;
}

// Building a MessageFormat parses the pattern and loads plural rules and
// number formats; pages repeat the same few patterns, so each thread keeps
// the ones it has built.
const icu::MessageFormat* CompiledMessage(std::string_view pattern, const std::string& icu_locale, std::string* error) {
  thread_local std::map<std::string, std::unique_ptr<icu::MessageFormat>> compiled;
  const std::string cache_key = icu_locale + '\0' + std::string(pattern);
  if (auto found = compiled.find(cache_key); found != compiled.end()) return found->second.get();
  if (auto problem = MessageTooComplex(pattern)) {
    SetError(error, "it " + *problem);
    return nullptr;
  }

  UParseError where{};
  UErrorCode status = U_ZERO_ERROR;
  auto format = std::make_unique<icu::MessageFormat>(ToIcu(pattern), icu::Locale(icu_locale.c_str()), where, status);
  if (U_FAILURE(status)) {
    SetError(error, DescribeParseError(status, where));
    return nullptr;
  }
  return compiled.emplace(cache_key, std::move(format)).first->second.get();
}

// ICU prints "{name}" for a missing argument; a reader should never see that.
std::vector<std::string> ArgumentNames(std::string_view pattern) {
  UErrorCode status = U_ZERO_ERROR;
  icu::MessagePattern parsed(ToIcu(pattern), nullptr, status);
  std::vector<std::string> names;
  for (int32_t i = 0; U_SUCCESS(status) && i < parsed.countParts(); ++i) {
    const icu::MessagePattern::Part& part = parsed.getPart(i);
    if (part.getType() != UMSGPAT_PART_TYPE_ARG_NAME) continue;
    std::string name = FromIcu(parsed.getSubstring(part));
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  return names;
}

icu::Formattable ToFormattable(const MessageArg& arg) {
  if (const auto* i = std::get_if<int64_t>(&arg)) return icu::Formattable(*i);
  if (const auto* d = std::get_if<double>(&arg)) return icu::Formattable(*d);
  return icu::Formattable(ToIcu(std::get<std::string>(arg)));
}

}  // namespace

std::optional<std::string> MessageTooComplex(std::string_view pattern) {
  int depth = 0, deepest = 0, braces = 0;
  for (char c : pattern) {
    if (c == '{') {
      ++braces;
      deepest = std::max(deepest, ++depth);
    } else if (c == '}' && depth > 0) {
      --depth;
    }
  }
  if (deepest > kMaxMessageBraceDepth)
    return "has braces nested " + std::to_string(deepest) + " deep, more than " + std::to_string(kMaxMessageBraceDepth);
  if (braces > kMaxMessageBraces)
    return "has " + std::to_string(braces) + " '{', more than " + std::to_string(kMaxMessageBraces);
  return std::nullopt;
}

std::optional<std::string> FormatMessage(std::string_view pattern, const std::string& icu_locale,
                                         const std::map<std::string, MessageArg>& args, std::string* error) {
  const icu::MessageFormat* format = CompiledMessage(pattern, icu_locale, error);
  if (!format) return std::nullopt;
  // Only the arguments the pattern uses are passed: ICU refuses named
  // arguments for a pattern that has none, and callers share one args map.
  std::vector<icu::UnicodeString> names;
  std::vector<icu::Formattable> values;
  for (const auto& name : ArgumentNames(pattern)) {
    auto it = args.find(name);
    if (it == args.end()) {
      SetError(error, "missing argument '" + name + "'");
      return std::nullopt;
    }
    names.push_back(ToIcu(name));
    values.push_back(ToFormattable(it->second));
  }
  icu::UnicodeString out;
  UErrorCode status = U_ZERO_ERROR;
  format->format(names.data(), values.data(), static_cast<int32_t>(names.size()), out, status);
  if (U_FAILURE(status)) {
    SetError(error, std::string("cannot format: ") + u_errorName(status));
    return std::nullopt;
  }
  return FromIcu(out);
}

bool ValidateMessage(std::string_view pattern, const std::string& icu_locale, std::string* error) {
  return CompiledMessage(pattern, icu_locale, error) != nullptr;
}

}  // namespace enindgang::text
