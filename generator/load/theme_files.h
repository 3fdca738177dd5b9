#pragma once
#include <map>
#include <set>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "load/site_config.h"

namespace enindgang {

// A file of the theme after overrides are applied: the site's own copy wins
// over the theme's, a theme's over the theme it extends.
struct ThemeFile {
  std::string name;  // relative to its kind's folder: "base.mustache", "style.css"
  std::string text;
  std::string path;  // for messages: "themes/default/templates/base.mustache"
};

// One UI string: an ICU MessageFormat pattern.
struct UiString {
  std::string pattern;
  SourcePosition where;
};

// Two theme colours that must contrast: foreground on background, at least `minimum`:1.
struct ContrastPair {
  std::string foreground;
  std::string background;
  double minimum = 4.5;
  SourcePosition where;
};

struct ThemeFiles {
  std::vector<std::string> chain;              // theme names, most specific first
  std::map<std::string, ThemeFile> templates;  // by name without ".mustache"
  // email/: the newsletter's templates (inline styles, as e-mail needs), never
  // a page's partials, so the pages' promises (no style attribute) still hold.
  std::map<std::string, ThemeFile> email_templates;
  std::map<std::string, ThemeFile> assets;                         // by file name: "style.css"
  std::map<std::string, std::map<std::string, UiString>> strings;  // language → key → string
  // i18n files that say `_translation: needs-review` (written by a machine or a non-native speaker).
  std::set<std::string> strings_needing_review;
  std::map<std::string, std::string> colors;  // name → a CSS colour as written in theme.yaml (load/css_color)
  std::map<std::string, SourcePosition> color_positions;
  std::vector<ContrastPair> contrast_pairs;  // from every theme in the chain
  std::string logo;                          // asset name of the logo (theme.yaml `logo:`), may be empty
};

// Loads the theme named in site.yaml, its parents (theme.yaml `extends:`) and
// the site's own overrides (<site>/templates, <site>/assets, <site>/i18n).
std::optional<ThemeFiles> LoadThemeFiles(const SiteConfig& config, Diagnostics& diagnostics);

}  // namespace enindgang
