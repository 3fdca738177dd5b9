#include "load/content_tree.h"

#include <algorithm>
#include <optional>

#include "base/file_system.h"
#include "base/suggest.h"
#include "base/thread_pool.h"
#include "text/utf8.h"

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

// Something under content/ that is neither a file nor a folder the walk enters:
// each would otherwise vanish from the site without a word.
void RejectEntry(const SiteConfig& config, const fs::directory_entry& entry, Diagnostics& diagnostics) {
  std::error_code ec;
  SourcePosition where{entry.path().lexically_relative(config.root).generic_string(), 0, 0};
  if (entry.is_symlink(ec) && !fs::exists(entry.path(), ec)) {
    diagnostics.Error(where, "this is a link to a file that does not exist", "remove the link or point it at the file");
  } else if (entry.is_symlink(ec)) {
    diagnostics.Error(where,
                      "this is a link to a folder; links to folders are not followed "
                      "(one pointing back up would never end)",
                      "move or copy the folder here instead of linking to it");
  } else {
    diagnostics.Error(where, "this is not a regular file (a pipe, socket or device)", "remove it from content/");
  }
}

// A file name becomes part of a URL in the pages, the sitemap and the feeds:
// no control character (not even a tab or a line break) and valid UTF-8.
bool IsPublishableName(std::string_view name) {
  if (text::FindInvalidUtf8(name, nullptr)) return false;
  return text::FindForbiddenControl(name) == std::string_view::npos && name.find_first_of("\t\n\r") == std::string_view::npos;
}

// The name for a message, with each byte that cannot be shown as '?'.
std::string Printable(std::string name) {
  for (char& c : name)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F || static_cast<unsigned char>(c) >= 0x80) c = '?';
  return name;
}

// Lists one language's files: Markdown into `markdown`, the rest straight into the tree.
void ListLanguageFolder(const SiteConfig& config, const Language& language, std::vector<MarkdownFile>& markdown,
                        ContentTree& tree, Diagnostics& diagnostics) {
  fs::path folder = config.root / "content" / language.code;
  if (!fs::exists(folder)) return;  // a language without content shows the Danish pages
  std::error_code ec;
  std::vector<fs::path> files;
  // Symlinked folders are not followed, so a symlink loop cannot trap the walk.
  for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec)) files.push_back(it->path());
    else if (!it->is_directory(ec) || it->is_symlink(ec)) RejectEntry(config, *it, diagnostics);
  }
  if (ec) diagnostics.Error({RelativeName(folder, config.root), 0, 0}, "cannot read folder: " + ec.message(), "");
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    // The walk started at `folder`, so the names are relative lexically (no symlink resolution per file).
    std::string relative = file.lexically_relative(folder).generic_string();
    if (!IsPublishableName(relative)) {
      diagnostics.Error({Printable(RelativeName(file, config.root)), 0, 0},
                        "the file's name holds a control character or is not UTF-8 (shown as ?)",
                        "rename it with letters, digits and hyphens, e.g. dine-rettigheder.md");
      continue;
    }
    if (file.extension() != ".md") {
      std::string prefix = language.code == config.default_language().code ? "" : language.code + "/";
      tree.static_files.push_back({file, prefix + relative});
      continue;
    }
    markdown.push_back({file, &language, relative.substr(0, relative.size() - 3),
                        file.lexically_relative(config.root).generic_string()});
  }
}

// Reads and parses the Markdown files on all cores, keeping their order.
void ParseMarkdownFiles(const std::vector<MarkdownFile>& files, ContentTree& tree, Diagnostics& diagnostics) {
  std::vector<std::optional<PageSource>> parsed(files.size());
  ParallelFor(files.size(), [&](size_t i, size_t) {
    const MarkdownFile& file = files[i];
    auto text = ReadFile(file.path);
    if (!text) {
      diagnostics.Error({file.display, 0, 0}, "cannot read the file", "check that it exists and that you may read it");
      return;
    }
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
  // The language folders are listed at the same time (listing was a serial
  // part of every build), then joined in language order.
  const size_t languages = config.languages.size();
  std::vector<std::vector<MarkdownFile>> markdown_of(languages);
  std::vector<ContentTree> listed(languages);
  ParallelFor(languages, [&](size_t i, size_t) {
    ListLanguageFolder(config, config.languages[i], markdown_of[i], listed[i], diagnostics);
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
