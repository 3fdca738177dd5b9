#include "load/source_walk.h"

#include <algorithm>
#include <cstdio>

#include "text/utf8.h"

namespace enindgang {
namespace fs = std::filesystem;

namespace {

// A name becomes part of a URL in the pages, the sitemap and the feeds: no
// character XML forbids, and no tab or line break either.
size_t FindControlInName(std::string_view name) {
  size_t control = text::FindForbiddenControl(name);
  size_t space = name.find_first_of("\t\n\r");
  return std::min(control, space);
}

}  // namespace

std::string PrintableName(std::string_view name) {
  std::string out;
  size_t bad;
  for (;;) {
    bool invalid = text::FindInvalidUtf8(name, &bad);
    size_t control = FindControlInName(invalid ? name.substr(0, bad) : name);
    if (control != std::string_view::npos) bad = control;
    else if (!invalid) break;
    char hex[8];
    std::snprintf(hex, sizeof hex, "\\x%02X", static_cast<unsigned>(static_cast<unsigned char>(name[bad])));
    out.append(name.substr(0, bad)).append(hex);
    name.remove_prefix(bad + 1);
  }
  return out.append(name);
}

namespace {

struct Problem {
  std::string message, hint;
};

// What is wrong with a link; no message when it leads to a regular file inside the site.
Problem LinkProblem(const fs::path& link, const SiteBoundary& boundary) {
  std::error_code ec;
  const fs::file_status target = fs::status(link, ec);
  if (!fs::exists(target))
    return {"this is a link to a file that does not exist", "remove the link or point it at the file"};
  if (!boundary.Contains(link)) {
    return {"this is a link to '" + PrintableName(fs::read_symlink(link, ec).string()) + "', outside the site folder",
            "copy it into the site instead of linking to it"};
  }
  if (fs::is_directory(target)) {
    return {"this is a link to a folder; links to folders are not followed (one pointing back up would never end)",
            "move or copy the folder here instead of linking to it"};
  }
  if (!fs::is_regular_file(target)) {
    return {"this is a link to something that is not a regular file (a pipe, socket or device)", "remove it"};
  }
  return {};
}

}  // namespace

std::vector<SourceFile> ListSourceFiles(const fs::path& folder, const std::string& display,
                                        const SiteBoundary& boundary, Diagnostics& diagnostics) {
  std::vector<SourceFile> files;
  std::error_code ec, entry_ec;
  if (!fs::exists(fs::symlink_status(folder, entry_ec))) return files;
  if (!boundary.Contains(folder)) {
    diagnostics.Error({display, 0, 0}, "this folder leads outside the site folder (through a link)",
                      "move or copy the folder into the site instead of linking to it");
    return files;
  }
  const std::string prefix = display.empty() || display.ends_with('/') ? display : display + "/";
  // The entries' types come from the directory listing: no call per file
  // beyond the listing itself, unless the entry is a link.
  for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().lexically_relative(folder).generic_string();
    SourcePosition where{prefix + PrintableName(name), 0, 0};
    const bool is_link = it->is_symlink(entry_ec);
    if (text::FindInvalidUtf8(it->path().filename().native(), nullptr)) {
      diagnostics.Error(where, "the name is not valid UTF-8", "rename it, saving the name as UTF-8");
      if (!is_link && it->is_directory(entry_ec)) it.disable_recursion_pending();
    } else if (FindControlInName(it->path().filename().native()) != std::string_view::npos) {
      diagnostics.Error(where, "the name holds a control character (shown as \\xHH)",
                        "rename it with letters, digits and hyphens, e.g. dine-rettigheder.md");
      if (!is_link && it->is_directory(entry_ec)) it.disable_recursion_pending();
    } else if (is_link) {
      if (Problem problem = LinkProblem(it->path(), boundary); !problem.message.empty())
        diagnostics.Error(where, problem.message, problem.hint);
      else files.push_back({it->path(), name});
    } else if (it->is_regular_file(entry_ec)) {
      files.push_back({it->path(), name});
    } else if (!it->is_directory(entry_ec)) {
      diagnostics.Error(where, "this is not a regular file (a pipe, socket or device)", "remove it");
    }
  }
  if (ec) diagnostics.Error({display, 0, 0}, "cannot read the folder: " + ec.message(), "");
  std::sort(files.begin(), files.end(), [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
  return files;
}

}  // namespace enindgang
