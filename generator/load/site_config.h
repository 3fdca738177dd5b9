#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "load/domain_values.h"

namespace enindgang {

struct Language {
  std::string code;     // "da": folder under content/ and URL prefix
  std::string locale;   // ICU locale for dates, plurals, collation: "ar@numbers=latn"
  std::string endonym;  // the language's own name, for the switcher: "العربية"
  Direction direction = Direction::kLtr;
  SourcePosition where;
};

// site.yaml: what the site is made of. The first language is the default one,
// published at "/"; the others live under "/<code>/".
struct SiteConfig {
  std::filesystem::path root;                        // the site's source folder
  std::string base_url;                              // absolute, no trailing slash; for sitemap and feeds
  SourcePosition base_url_where{"site.yaml", 0, 0};  // its value, for `check --release`
  std::string theme = "default";
  // Where `theme` was chosen, for a message when no such theme exists: the
  // value in site.yaml, or {"--theme", 0, 0} when the command line chose it.
  SourcePosition theme_where{"site.yaml", 0, 0};
  std::string themes_dir = "themes";  // relative to root; where themes are looked up
  bool unsafe_html = false;           // pass raw HTML in Markdown through (off: safe by default)
  bool unsafe_files = false;          // publish .html and .js files (and SVG with scripts) from content/
  int lix_limit = 25;                 // readability limit for Danish child pages
  // `enindgang check` warns about a municipality row whose `verified` date is
  // older than this: phone numbers and opening hours change without notice.
  int contact_max_age_days = 180;
  std::string quick_exit_url;
  // `check --release` fails on text in content/ that matches this ECMAScript
  // pattern, one Markdown line at a time (load/release_placeholder.h).
  std::string release_placeholder;
  SourcePosition release_placeholder_where{"site.yaml", 0, 0};
  // `enindgang newsletter`: the subject before the edition's date (empty: the
  // theme's site_name) and the sender (empty: no From, to be set when sending).
  std::string newsletter_subject;
  std::string newsletter_from;
  std::string municipalities_csv = "municipalities.csv";
  std::string postcodes_csv = "postcodes.csv";
  std::string special_places_csv = "special_places.csv";  // optional unless site.yaml names it
  bool street_register_required = false;
  std::string street_register = "street_register";  // a folder; optional unless site.yaml names it
  bool special_places_required = false;
  std::vector<Language> languages;

  const Language& default_language() const { return languages.front(); }
  const Language* FindLanguage(std::string_view code) const;
};

// Reads <root>/site.yaml; reports every problem and returns nullopt on errors.
std::optional<SiteConfig> LoadSiteConfig(const std::filesystem::path& root, Diagnostics& diagnostics);

}  // namespace enindgang
