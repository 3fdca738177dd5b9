#include "load/theme_files.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "base/file_system.h"
#include "base/input_file.h"
#include "base/suggest.h"
#include "load/site_boundary.h"
#include "load/source_walk.h"
#include "load/css_color.h"
#include "load/utf8_check.h"
#include "load/yaml_fields.h"

namespace enindgang {
namespace fs = std::filesystem;
namespace {

// The themes there are: the folders in themes_dir.
std::vector<std::string> ThemeNames(const SiteConfig& config) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(config.root / config.themes_dir, ec))
    if (entry.is_directory(ec)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// A theme is named, never reached by a path: "../../elsewhere" would publish
// a folder outside the site.
bool IsThemeName(const std::string& name) {
  return name != "." && name != ".." && name.find_first_of("/\\") == std::string::npos &&
         name.find('\0') == std::string::npos;
}

// theme.yaml of `folder`, if it has one (it may be left out).
std::optional<std::string> ReadThemeYaml(const fs::path& folder, const fs::path& root, const SiteBoundary& boundary,
                                         Diagnostics& diagnostics) {
  const fs::path file = folder / "theme.yaml";
  std::error_code ec;
  const fs::file_status status = fs::symlink_status(file, ec);
  if (!fs::exists(status)) return std::nullopt;
  const SourcePosition where{RelativeName(file, root), 0, 0};
  if (fs::is_symlink(status) && !boundary.Contains(file)) {
    diagnostics.Error(where, "this is a link outside the site folder", "copy the file into the theme instead");
    return std::nullopt;
  }
  return ReadInput(file, where, kYamlLimit, diagnostics);
}

// The folders to look in, most specific first: the site itself, then each theme.
std::vector<fs::path> SearchFolders(const SiteConfig& config, const SiteBoundary& boundary, ThemeFiles& theme,
                                    Diagnostics& diagnostics) {
  std::vector<fs::path> folders = {config.root};
  std::string name = config.theme;
  SourcePosition chosen_at = config.theme_where;  // where `name` was asked for
  std::set<std::string> seen;
  while (!name.empty()) {
    if (!IsThemeName(name)) {
      diagnostics.Error(chosen_at, "'" + name + "' is a path, not the name of a theme",
                        "name a folder in " + config.themes_dir + "/, e.g. default");
      return {};
    }
    fs::path folder = config.root / config.themes_dir / name;
    if (!fs::is_directory(folder)) {
      auto names = ThemeNames(config);
      diagnostics.Error(
          chosen_at, "theme '" + name + "' not found in " + config.themes_dir + "/",
          (names.empty() ? "" : DidYouMean(name, names) + ", or ") + "create " + config.themes_dir + "/" + name + "/");
      return {};
    }
    if (!seen.insert(name).second) {
      diagnostics.Error({RelativeName(folder / "theme.yaml", config.root), 0, 0},
                        "theme '" + name + "' extends itself through a loop", "fix the extends: chain");
      return {};
    }
    if (!boundary.Contains(folder)) {
      diagnostics.Error({folder.lexically_relative(config.root).generic_string(), 0, 0},
                        "this theme folder is a link outside the site folder and its themes folder",
                        "copy the theme into " + config.themes_dir + "/ instead of linking to it");
      return {};
    }
    theme.chain.push_back(name);
    folders.push_back(folder);
    name.clear();
    if (auto text = ReadThemeYaml(folder, config.root, boundary, diagnostics)) {
      std::string path = RelativeName(folder / "theme.yaml", config.root);
      if (auto yaml = ParseYaml(*text, path, 0, diagnostics); yaml && yaml->IsMap()) {
        YamlFields fields(*yaml, path, 0, diagnostics);
        fields.RejectUnknownKeys({"name", "extends", "colors", "contrast", "logo"}, "theme.yaml");
        name = fields.String("extends").value_or("");
        if (const YamlNode& extends = (*yaml)["extends"]) chosen_at = fields.PositionOf(extends);
      }
    }
  }
  return folders;
}

void ReadFilesOf(const fs::path& folder, const fs::path& root, const SiteBoundary& boundary, const SizeLimit& limit,
                 std::map<std::string, ThemeFile>& into, const std::string& strip_extension, Diagnostics& diagnostics) {
  // Lexical, so that a link (the themes folder may be one) never decides a name.
  const std::string display = folder.lexically_relative(root).generic_string();
  for (const auto& file : ListSourceFiles(folder, display, boundary, diagnostics)) {
    std::string name = file.name;
    if (!strip_extension.empty()) {
      if (!name.ends_with(strip_extension)) continue;
      name.resize(name.size() - strip_extension.size());
    }
    if (into.count(name)) continue;  // a more specific folder already provided it
    const std::string path = display + "/" + file.name;
    if (auto text = ReadInput(file.path, {path, 0, 0}, limit, diagnostics)) into[name] = {name, *text, path};
  }
}

void ReadStrings(const fs::path& folder, const fs::path& root, const SiteBoundary& boundary, ThemeFiles& theme,
                 Diagnostics& diagnostics) {
  const std::string display = folder.lexically_relative(root).generic_string();
  for (const auto& file : ListSourceFiles(folder, display, boundary, diagnostics)) {
    if (!file.name.ends_with(".yaml") || file.name.find('/') != std::string::npos) continue;
    std::string lang = file.name.substr(0, file.name.size() - 5);
    std::string path = display + "/" + file.name;
    auto text = ReadInput(file.path, {path, 0, 0}, kYamlLimit, diagnostics);
    if (!text) continue;
    auto yaml = ParseYaml(*text, path, 0, diagnostics);
    if (!yaml || !yaml->IsMap()) continue;
    YamlFields fields(*yaml, path, 0, diagnostics);
    if ((*yaml)["_translation"].Scalar() == "needs-review") theme.strings_needing_review.insert(path);
    auto& strings = theme.strings[lang];
    for (const auto& item : yaml->entries()) {
      auto key = KeyText(item.first);
      if (key.empty()) {
        diagnostics.Error(fields.PositionOf(item.first), "a UI string's key must be a plain word",
                          "write key: \"text\"");
        continue;
      }
      // Keys starting with "_" describe the file (e.g. _translation: needs-review); they are not UI strings.
      if (key.starts_with("_") || strings.count(key)) continue;
      if (!item.second.IsScalar()) {
        diagnostics.Error(fields.PositionOf(item.second), "UI string '" + key + "' must be text", "quote it");
        continue;
      }
      strings[key] = {item.second.Scalar(), fields.PositionOf(item.second)};
    }
  }
}

void ReadContrastPairs(const YamlNode& yaml, const YamlFields& fields, ThemeFiles& theme, Diagnostics& diagnostics) {
  for (const auto& item : yaml["contrast"].items()) {
    if (!item.IsSequence() || item.size() != 3) {
      diagnostics.Error(fields.PositionOf(item), "a contrast check is [foreground, background, minimum]",
                        "write e.g. - [text, background, 4.5]");
      continue;
    }
    auto foreground = item[0].AsString(), background = item[1].AsString();
    auto minimum = item[2].AsNumber();
    if (!foreground || !background || !minimum) {
      diagnostics.Error(fields.PositionOf(item), "the minimum contrast must be a number", "write e.g. 4.5 or 3");
      continue;
    }
    // Written so that NaN fails too: a minimum outside WCAG's scale checks nothing (-inf) or fails every pair.
    if (!(*minimum >= 1 && *minimum <= 21)) {
      diagnostics.Error(fields.PositionOf(item[2]), "the minimum contrast " + item[2].Scalar() + " is outside 1 to 21",
                        "contrast ratios run from 1:1 to 21:1; write e.g. 4.5 or 3");
      continue;
    }
    theme.contrast_pairs.push_back({*foreground, *background, *minimum, fields.PositionOf(item)});
  }
}

void ReadColors(const fs::path& folder, const fs::path& root, const SiteBoundary& boundary, ThemeFiles& theme,
                Diagnostics& diagnostics) {
  auto text = ReadThemeYaml(folder, root, boundary, diagnostics);
  if (!text) return;
  std::string path = RelativeName(folder / "theme.yaml", root);
  auto yaml = ParseYaml(*text, path, 0, diagnostics);
  if (!yaml || !yaml->IsMap()) return;
  YamlFields fields(*yaml, path, 0, diagnostics);
  ReadContrastPairs(*yaml, fields, theme, diagnostics);
  if (theme.logo.empty()) theme.logo = fields.String("logo").value_or("");
  for (const auto& item : (*yaml)["colors"].entries()) {
    auto key = KeyText(item.first);
    if (key.empty() || !item.second.IsScalar()) {
      diagnostics.Error(fields.PositionOf(item.first), "a colour must be name: \"#rrggbb\"",
                        "write e.g. text: \"#1d1d1b\"");
      continue;
    }
    if (theme.colors.count(key)) continue;
    // colors.css publishes the value as written: it must be a colour and nothing more.
    if (!ParseCssColor(item.second.Scalar()))
      diagnostics.Error(fields.PositionOf(item.second),
                        "colour '" + key + "' is '" + item.second.Scalar() + "', not a CSS colour",
                        "write it as \"#rrggbb\", \"#rgb\", \"rgb(29, 29, 27)\" or a CSS colour name such as navy");
    theme.colors[key] = item.second.Scalar();
    theme.color_positions[key] = fields.PositionOf(item.second);
  }
}

}  // namespace

std::optional<ThemeFiles> LoadThemeFiles(const SiteConfig& config, Diagnostics& diagnostics) {
  ThemeFiles theme;
  const SiteBoundary boundary(config);
  auto folders = SearchFolders(config, boundary, theme, diagnostics);
  if (folders.empty()) return std::nullopt;
  for (const auto& folder : folders) {
    const fs::path& root = config.root;
    ReadFilesOf(folder / "templates", root, boundary, kTemplateLimit, theme.templates, ".mustache", diagnostics);
    ReadFilesOf(folder / "email", root, boundary, kTemplateLimit, theme.email_templates, ".mustache", diagnostics);
    ReadFilesOf(folder / "assets", root, boundary, kThemeAssetLimit, theme.assets, "", diagnostics);
    ReadStrings(folder / "i18n", root, boundary, theme, diagnostics);
    ReadColors(folder, root, boundary, theme, diagnostics);
  }
  for (const auto* templates : {&theme.templates, &theme.email_templates})
    for (const auto& [name, file] : *templates)
      if (CheckUtf8(file.text, 0, file.path, diagnostics)) CheckControls(file.text, 0, file.path, diagnostics);
  if (!theme.logo.empty() && !theme.assets.count(theme.logo)) {
    diagnostics.Error({config.themes_dir + "/" + theme.chain.front() + "/theme.yaml", 0, 0},
                      "the logo '" + theme.logo + "' is not in the theme's assets/ folder",
                      "put the file in assets/ or remove logo:");
  }
  return theme;
}

}  // namespace enindgang
