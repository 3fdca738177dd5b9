#include "render/ui_strings.h"

namespace enindgang {

UiStrings::UiStrings(const SiteConfig& config, const ThemeFiles& theme, Diagnostics& diagnostics)
    : config_(config), theme_(theme) {
  for (const auto& language : config.languages) {
    auto& plain = plain_[language.code];
    std::map<std::string, const UiString*> merged;
    if (auto it = theme.strings.find(config.default_language().code); it != theme.strings.end())
      for (const auto& [key, s] : it->second) merged[key] = &s;
    if (auto it = theme.strings.find(language.code); it != theme.strings.end())
      for (const auto& [key, s] : it->second) merged[key] = &s;
    for (const auto& [key, s] : merged) {
      if (auto problem = text::MessageTooComplex(s->pattern)) {
        diagnostics.Error(s->where, "UI string '" + key + "' " + *problem,
                          "write the cases of a plural or select side by side, not inside each other, or split the "
                          "text into several strings");
        continue;
      }
      std::string error;
      if (!text::ValidateMessage(s->pattern, language.locale, &error)) {
        diagnostics.Error(s->where, "UI string '" + key + "' is not valid ICU MessageFormat: " + error,
                          "check its braces, e.g. {count, plural, one {# side} other {# sider}}");
        continue;
      }
      // Strings without arguments are formatted once here, for the templates.
      if (auto formatted = text::FormatMessage(s->pattern, language.locale, {}, nullptr)) plain[key] = *formatted;
    }
  }
}

const UiString* UiStrings::Find(const std::string& lang, const std::string& key) const {
  for (const std::string& code : {lang, config_.default_language().code}) {
    auto strings = theme_.strings.find(code);
    if (strings == theme_.strings.end()) continue;
    auto it = strings->second.find(key);
    if (it != strings->second.end()) return &it->second;
  }
  return nullptr;
}

std::string UiStrings::Format(const Language& language, const std::string& key,
                              const std::map<std::string, text::MessageArg>& args) const {
  const UiString* s = Find(language.code, key);
  if (!s) return key;
  return text::FormatMessage(s->pattern, language.locale, args, nullptr).value_or(s->pattern);
}

const std::map<std::string, std::string>& UiStrings::Plain(const std::string& lang) const {
  static const std::map<std::string, std::string> empty;
  auto it = plain_.find(lang);
  return it == plain_.end() ? empty : it->second;
}

}  // namespace enindgang
