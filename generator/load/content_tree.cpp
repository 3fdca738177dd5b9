#include "load/content_tree.h"

#include <algorithm>
#include <optional>

#include "base/file_system.h"
#include "base/input_file.h"
#include "base/suggest.h"
#include "base/thread_pool.h"
#include "load/source_walk.h"

namespace enindgang {
namespace fs = std::filesystem;
namespace {

std::vector<std::string> LanguageCodes(const SiteConfig& config) {
  std::vector<std::string> codes;
  for (const auto& l : config.languages) codes.push_back(l.code);
  return codes;
}

struct MarkdownFile {
  fs::path path;
  const Language* language;
  std::string key;      // "emne/side" for content/da/emne/side.md
  std::string display;  // "content/da/emne/side.md", for messages
};

// Lists one language's files: Markdown into `markdown`, the rest straight into the tree.
void ListLanguageFolder(const SiteConfig& config, const SiteBoundary& boundary, const Language& language,
                        std::vector<MarkdownFile>& markdown, ContentTree& tree, Diagnostics& diagnostics) {
  const std::string display = "content/" + language.code;
  for (auto& file : ListSourceFiles(config.root / display, display, boundary, diagnostics)) {
    if (!file.name.ends_with(".md")) {
      std::string prefix = language.code == config.default_language().code ? "" : language.code + "/";
      tree.static_files.push_back({std::move(file.path), prefix + file.name});
      continue;
    }
    std::string key = file.name.substr(0, file.name.size() - 3);
    markdown.push_back({std::move(file.path), &language, std::move(key), display + "/" + file.name});
  }
}

// Reads and parses the Markdown files on all cores, keeping their order.
void ParseMarkdownFiles(const std::vector<MarkdownFile>& files, ContentTree& tree, Diagnostics& diagnostics) {
  std::vector<std::optional<PageSource>> parsed(files.size());
  ParallelFor(files.size(), [&](size_t i, size_t) {
    const MarkdownFile& file = files[i];
    auto text = ReadInput(file.path, {file.display, 0, 0}, kMarkdownPageLimit, diagnostics);
    if (!text) return;
    parsed[i] = ParsePageSource(*text, file.language->code, file.key, file.display, diagnostics);
  });
  tree.pages.reserve(files.size());
  for (auto& page : parsed)
    if (page) tree.pages.push_back(std::move(*page));
}

void RejectUnknownLanguageFolders(const SiteConfig& config, Diagnostics& diagnostics) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(config.root / "content", ec)) {
    if (!entry.is_directory()) continue;
    std::string name = PrintableName(entry.path().filename().native());
    if (config.FindLanguage(name)) continue;
    diagnostics.Error({"content/" + name, 0, 0}, "folder '" + name + "' is not a language of the site",
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
  // The language folders are listed at the same time (listing was a serial
  // part of every build), then joined in language order.
  const size_t languages = config.languages.size();
  std::vector<std::vector<MarkdownFile>> markdown_of(languages);
  std::vector<ContentTree> listed(languages);
  const SiteBoundary boundary(config);
  ParallelFor(languages, [&](size_t i, size_t) {
    ListLanguageFolder(config, boundary, config.languages[i], markdown_of[i], listed[i], diagnostics);
  });
  std::vector<MarkdownFile> markdown;
  for (size_t i = 0; i < languages; ++i) {
    markdown.insert(markdown.end(), markdown_of[i].begin(), markdown_of[i].end());
    for (auto& file : listed[i].static_files) tree.static_files.push_back(std::move(file));
  }
  ParseMarkdownFiles(markdown, tree, diagnostics);
  return tree;
}

}  // namespace enindgang
