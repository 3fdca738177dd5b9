#pragma once
#include <map>
#include <string>

#include "base/diagnostics.h"
#include "load/site_config.h"
#include "load/theme_files.h"
#include "text/message.h"

namespace enindgang {

// The theme's UI strings, ICU MessageFormat patterns per language. A string
// missing in a language falls back to the default language's string.
class UiStrings {
 public:
  // Checks every pattern once and reports those that do not parse.
  UiStrings(const SiteConfig& config, const ThemeFiles& theme, Diagnostics& diagnostics);

  // The string with `args` filled in, formatted for the language's locale.
  std::string Format(const Language& language, const std::string& key,
                     const std::map<std::string, text::MessageArg>& args = {}) const;

  // Every string that needs no arguments, formatted: for templates ({{t.key}}).
  const std::map<std::string, std::string>& Plain(const std::string& lang) const;

 private:
  const UiString* Find(const std::string& lang, const std::string& key) const;

  const SiteConfig& config_;
  const ThemeFiles& theme_;
  std::map<std::string, std::map<std::string, std::string>> plain_;
};

}  // namespace enindgang
