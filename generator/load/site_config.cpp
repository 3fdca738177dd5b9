#include "load/site_config.h"

#include "base/input_file.h"
#include "load/site_boundary.h"
#include "base/file_system.h"
#include "load/addresses.h"
#include "load/release_placeholder.h"
#include "load/yaml_fields.h"

namespace enindgang {
namespace {

const char* kConfigName = "site.yaml";

std::optional<Language> ReadLanguage(const YamlNode& node, Diagnostics& diagnostics) {
  YamlFields fields(node, kConfigName, 0, diagnostics);
  if (!node.IsMap()) {
    diagnostics.Error(fields.PositionOf(node), "a language must be a mapping",
                      "write - code: da, locale: da, endonym: Dansk, direction: ltr");
    return std::nullopt;
  }
  fields.RejectUnknownKeys({"code", "locale", "endonym", "direction"}, "language");
  Language language;
  language.where = fields.PositionOf(node);
  language.code = fields.String("code").value_or("");
  language.locale = fields.String("locale").value_or(language.code);
  language.endonym = fields.String("endonym").value_or(language.code);
  language.direction = *ParseEnum<Direction>(fields.Choice("direction", EnumNames<Direction>()).value_or("ltr"));
  bool code_ok = language.code.size() >= 2 && language.code.size() <= 8 &&
                 language.code.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string::npos;
  if (!code_ok) {
    diagnostics.Error(language.where, "language code '" + language.code + "' is not a lower-case language tag",
                      "use a code like da, en, uk or ar");
    return std::nullopt;
  }
  return language;
}

void ReadLanguages(const YamlFields& fields, SiteConfig& config, Diagnostics& diagnostics) {
  const YamlNode& list = fields.node()["languages"];
  if (!list || !list.IsSequence() || list.size() == 0) {
    diagnostics.Error(fields.PositionOf(fields.node()), "site.yaml lists no languages",
                      "add languages: with at least one entry (the first is the default)");
    return;
  }
  for (const auto& item : list.items()) {
    auto language = ReadLanguage(item, diagnostics);
    if (!language) continue;
    if (config.FindLanguage(language->code)) {
      diagnostics.Error(language->where, "language '" + language->code + "' is listed twice", "remove one of them");
      continue;
    }
    config.languages.push_back(*language);
  }
}

// The tables are published: a path out of the site, or a link that leads out,
// would publish a file of the build machine.
void CheckTablePath(const YamlFields& fields, const char* key, const std::string& value, const SiteConfig& config,
                    const SiteBoundary& boundary, Diagnostics& diagnostics) {
  const YamlNode& node = fields.node()[key];
  const SourcePosition where = node ? fields.PositionOf(node) : SourcePosition{value, 0, 0};
  if (!IsCleanRelativePath(value)) {
    diagnostics.Error(where, "'" + value + "' is not a path inside the site folder",
                      "write the file's path from the site's folder, e.g. " + std::string(key) + ".csv");
    return;
  }
  std::error_code ec;
  const std::filesystem::path path = config.root / value;
  if (std::filesystem::exists(std::filesystem::symlink_status(path, ec)) && !boundary.Contains(path)) {
    diagnostics.Error(where, "'" + value + "' is a link outside the site folder",
                      "copy the file into the site instead of linking to it");
  }
}

// Checked at load, not at `check --release`: a pattern that cannot work should
// stop every command, or a release would pass for want of a valid pattern.
void ReadReleasePlaceholder(const YamlFields& fields, SiteConfig& config, Diagnostics& diagnostics) {
  config.release_placeholder = fields.String("release_placeholder").value_or(kDefaultReleasePlaceholder);
  const YamlNode& node = fields.node()["release_placeholder"];
  if (!node) return;
  config.release_placeholder_where = fields.PositionOf(node);
  std::string error;
  if (config.release_placeholder.empty()) {
    diagnostics.Error(config.release_placeholder_where, "release_placeholder is empty",
                      "write the pattern of a placeholder, e.g. '\\[UDFYLDES[^\\]]*\\]', or leave the key out");
  } else if (!CompileReleasePlaceholder(config.release_placeholder, &error)) {
    diagnostics.Error(
        config.release_placeholder_where,
        "release_placeholder '" + config.release_placeholder + "' is not a regular expression (" + error + ")",
        "write an ECMAScript pattern in single quotes, e.g. '\\[UDFYLDES[^\\]]*\\]'");
  }
}

}  // namespace

const Language* SiteConfig::FindLanguage(std::string_view code) const {
  for (const auto& language : languages)
    if (language.code == code) return &language;
  return nullptr;
}

std::optional<SiteConfig> LoadSiteConfig(const std::filesystem::path& root, Diagnostics& reported) {
  ScopedDiagnostics diagnostics(reported);
  BoundedRead read = ReadBounded(root / kConfigName, kYamlLimit.bytes);
  if (read.failure == ReadFailure::kMissing) {
    diagnostics.Error({(root / kConfigName).generic_string(), 0, 0}, "cannot read the site configuration",
                      "run enindgang in the site's folder or pass --source DIR");
    return std::nullopt;
  }
  ReportReadFailure(read, {kConfigName, 0, 0}, kYamlLimit, diagnostics);
  if (!read.bytes) return std::nullopt;
  const std::optional<std::string>& text = read.bytes;
  auto yaml = ParseYaml(*text, kConfigName, 0, diagnostics);
  if (!yaml) return std::nullopt;
  if (!yaml->IsMap()) {
    diagnostics.Error({kConfigName, 1, 1}, "site.yaml must be a mapping of settings", "see the README for an example");
    return std::nullopt;
  }
  YamlFields fields(*yaml, kConfigName, 0, diagnostics);
  fields.RejectUnknownKeys(
      {"base_url", "theme", "unsafe_html", "unsafe_files", "lix_limit", "contact_max_age_days", "quick_exit_url",
       "release_placeholder", "municipalities", "themes_dir", "postcodes", "special_places", "languages"},
      "site.yaml");
  SiteConfig config;
  config.root = root;
  config.base_url = fields.String("base_url").value_or("http://localhost:8080");
  if (const YamlNode& base_url = (*yaml)["base_url"]) config.base_url_where = fields.PositionOf(base_url);
  while (config.base_url.ends_with('/')) config.base_url.pop_back();
  config.theme = fields.String("theme").value_or("default");
  if (const YamlNode& theme = (*yaml)["theme"]) config.theme_where = fields.PositionOf(theme);
  config.themes_dir = fields.String("themes_dir").value_or("themes");
  config.unsafe_html = fields.Boolean("unsafe_html").value_or(false);
  config.unsafe_files = fields.Boolean("unsafe_files").value_or(false);
  // LIX is the words per sentence plus the percentage of long words, so one long sentence can pass 100;
  // 1000 is as good as no limit (the benchmark's synthetic text uses it).
  config.lix_limit = static_cast<int>(fields.Integer("lix_limit", 1, 1000).value_or(25));
  // Ten years: a row older than that is as good as never verified.
  config.contact_max_age_days = static_cast<int>(fields.Integer("contact_max_age_days", 1, 3650).value_or(180));
  config.quick_exit_url = fields.String("quick_exit_url").value_or("https://www.dmi.dk/");
  config.municipalities_csv = fields.String("municipalities").value_or("municipalities.csv");
  config.postcodes_csv = fields.String("postcodes").value_or("postcodes.csv");
  config.special_places_required = static_cast<bool>((*yaml)["special_places"]);
  config.special_places_csv = fields.String("special_places").value_or("special_places.csv");
  config.street_register_required = static_cast<bool>((*yaml)["street_register"]);
  config.street_register = fields.String("street_register").value_or("street_register");
  if (!IsSiteAddress(config.base_url)) {
    diagnostics.Error(fields.PositionOf((*yaml)["base_url"]), "base_url '" + config.base_url + "' is not a web address",
                      "write the address the site is published at, e.g. https://example.dk");
  }
  // Every page links to it: the way out must be an ordinary site, not a script or another scheme.
  if (!IsHttpsUrl(config.quick_exit_url)) {
    diagnostics.Error(fields.PositionOf((*yaml)["quick_exit_url"]),
                      "quick_exit_url '" + config.quick_exit_url + "' is not an https:// address",
                      "write the site the quick exit opens, e.g. quick_exit_url: https://www.dmi.dk/");
  }
  config.newsletter_subject = fields.String("newsletter_subject").value_or("");
  config.newsletter_from = fields.String("newsletter_from").value_or("");
  if (!config.newsletter_from.empty() && !IsEmailAddress(config.newsletter_from)) {
    diagnostics.Error(fields.PositionOf((*yaml)["newsletter_from"]),
                      "newsletter_from '" + config.newsletter_from + "' is not an e-mail address",
                      "write the address the newsletter is sent from, e.g. newsletter_from: nyt@example.dk");
  }
  ReadReleasePlaceholder(fields, config, diagnostics);
  ReadLanguages(fields, config, diagnostics);
  const SiteBoundary boundary(config);
  CheckTablePath(fields, "municipalities", config.municipalities_csv, config, boundary, diagnostics);
  CheckTablePath(fields, "postcodes", config.postcodes_csv, config, boundary, diagnostics);
  CheckTablePath(fields, "special_places", config.special_places_csv, config, boundary, diagnostics);
  CheckTablePath(fields, "street_register", config.street_register, config, boundary, diagnostics);
  if (diagnostics.HasErrors()) return std::nullopt;
  return config;
}

}  // namespace enindgang
