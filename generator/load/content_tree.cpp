#include "load/content_tree.h"

#include <algorithm>

#include "base/file_system.h"
#include "base/suggest.h"

namespace enindgang {
namespace fs = std::filesystem;
namespace {

std::vector<std::string> LanguageCodes(const SiteConfig& config) {
  std::vector<std::string> codes;
  for (const auto& l : config.languages) codes.push_back(l.code);
  return codes;
}

void LoadLanguageFolder(const SiteConfig& config, const Language& language, ContentTree& tree,
                        Diagnostics& diagnostics) {
  fs::path folder = config.root / "content" / language.code;
  if (!fs::exists(folder)) return;  // a language without content shows the Danish pages
  std::error_code ec;
  std::vector<fs::path> files;
  // Symlinked folders are not followed, so a symlink loop cannot trap the walk.
  for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec)) files.push_back(it->path());
  }
  if (ec) diagnostics.Error({RelativeName(folder, config.root), 0, 0}, "cannot read folder: " + ec.message(), "");
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    std::string relative = RelativeName(file, folder);
    std::string display = RelativeName(file, config.root);
    if (file.extension() != ".md") {
      std::string prefix = language.code == config.default_language().code ? "" : language.code + "/";
      tree.static_files.push_back({file, prefix + relative});
      continue;
    }
    auto text = ReadFile(file);
    if (!text) {
      diagnostics.Error({display, 0, 0}, "cannot read the file", "check that it exists and that you may read it");
      continue;
    }
    std::string key = relative.substr(0, relative.size() - 3);
    if (auto page = ParsePageSource(*text, language.code, key, display, diagnostics)) {
      tree.pages.push_back(std::move(*page));
    }
  }
}

void RejectUnknownLanguageFolders(const SiteConfig& config, Diagnostics& diagnostics) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(config.root / "content", ec)) {
    if (!entry.is_directory()) continue;
    std::string name = entry.path().filename().string();
    if (config.FindLanguage(name)) continue;
    diagnostics.Error({RelativeName(entry.path(), config.root), 0, 0},
                      "folder '" + name + "' is not a language of the site",
                      DidYouMean(name, LanguageCodes(config)) + " (or add it under languages: in site.yaml)");
  }
}

}  // namespace

ContentTree LoadContentTree(const SiteConfig& config, Diagnostics& diagnostics) {
  ContentTree tree;
  if (!fs::is_directory(config.root / "content")) {
    diagnostics.Error({"content", 0, 0}, "the site has no content folder", "create content/da/index.md");
    return tree;
  }
  RejectUnknownLanguageFolders(config, diagnostics);
  for (const auto& language : config.languages) LoadLanguageFolder(config, language, tree, diagnostics);
  return tree;
}

}  // namespace enindgang
