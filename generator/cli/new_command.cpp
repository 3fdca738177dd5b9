#include "cli/new_command.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <ostream>
#include <vector>

#include "base/suggest.h"
#include "cli/build_command.h"
#include "load/front_matter_schema.h"
#include "load/site_boundary.h"
#include "load/site_config.h"
#include "text/local_time.h"
#include "text/slug.h"

namespace enindgang {
namespace fs = std::filesystem;
namespace {

// News posts live in one folder in every language, so that a post and its
// translations share a key.
constexpr const char* kNewsFolder = "nyheder";
// Its _index.md has layout: activities; the activities page lists the pages beside it.
constexpr const char* kActivitiesFolder = "aktiviteter";

// "key: value" with its comment in one column, so the file reads as a form.
std::string Line(const std::string& setting, const std::string& comment) {
  constexpr size_t kCommentColumn = 30;
  std::string line = setting;
  if (comment.empty()) return line + "\n";
  line.resize(std::max(kCommentColumn, line.size() + 1), ' ');
  return line + "# " + comment + "\n";
}

// Every key the schema gives a line for this kind of page, in the schema's order.
std::string FrontMatter(const NewRequest& request, const std::string& slug, bool is_default_language,
                        const text::Date& today) {
  const ScaffoldContext context{
      request.kind == "news", request.kind == "activity", request.title, slug, text::IsoDate(today),
      today.year + 1,         is_default_language};
  std::string f = "---\n";
  for (const auto& key : FrontMatterSchema())
    if (auto line = key.scaffold(context)) f += Line(line->setting, line->comment);
  f += "---\n\n";
  return f;
}

// Creates the folders of `relative` below `source` that are missing. A folder
// on the way that is a link must lead inside the site: the file is written there.
bool MakeFoldersInside(const fs::path& source, const fs::path& relative, const SiteBoundary& boundary,
                       std::ostream& err) {
  fs::path folder = source;
  for (const auto& part : relative) {
    folder /= part;
    std::error_code ec;
    const fs::file_status status = fs::symlink_status(folder, ec);
    const std::string shown = folder.lexically_normal().generic_string();
    if (fs::is_symlink(status) && !boundary.Contains(folder)) {
      err << shown << ": error: this folder is a link outside the site folder — make it a real folder in the site\n";
      return false;
    }
    if (fs::exists(status)) continue;
    if (!fs::create_directory(folder, ec) && ec) {
      err << shown << ": error: cannot create the folder — check that the site's folder is writable\n";
      return false;
    }
  }
  return true;
}

// Creates `path` with `text`. O_EXCL|O_NOFOLLOW: an existing file, or a link
// where the file would be (even one to nothing), is never written through.
int CreateNewFile(const fs::path& path, const std::string& shown, const std::string& text, std::ostream& err) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0 && errno == EEXIST) {
    err << shown << ": error: the file exists already — edit it, or choose another title\n";
    return kExitInputError;
  }
  bool ok = fd >= 0;
  for (size_t written = 0; ok && written < text.size();) {
    const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    ok = n > 0;
    if (ok) written += static_cast<size_t>(n);
  }
  if (fd >= 0 && ::close(fd) != 0) ok = false;
  if (!ok) {
    err << shown << ": error: cannot write the file — check that the folder is writable\n";
    return kExitInputError;
  }
  return kExitOk;
}

}  // namespace

const std::vector<std::string>& NewKinds() {
  static const std::vector<std::string> kinds = {"news", "activity", "page"};
  return kinds;
}

int RunNew(const NewRequest& request, std::ostream& out, std::ostream& err) {
  if (std::find(NewKinds().begin(), NewKinds().end(), request.kind) == NewKinds().end()) {
    err << "enindgang new: '" << request.kind << "' is not something it can make — "
        << DidYouMean(request.kind, NewKinds()) << "\n";
    return kExitUsage;
  }
  Diagnostics diagnostics;
  auto config = LoadSiteConfig(request.source, diagnostics);
  for (const auto& d : diagnostics.Sorted()) err << d.Format() << "\n";
  if (!config || diagnostics.HasErrors()) return kExitInputError;

  const Language* language = request.lang.empty() ? &config->default_language() : config->FindLanguage(request.lang);
  if (!language) {
    std::vector<std::string> codes;
    for (const auto& l : config->languages) codes.push_back(l.code);
    err << "enindgang new: --lang " << request.lang << " is not a language of the site — "
        << DidYouMean(request.lang, codes) << "\n";
    return kExitUsage;
  }
  std::string slug = text::Slugify(request.title);
  if (slug.empty()) {
    err << "enindgang new: the title \"" << request.title << "\" gives no file name — "
        << "give a title with letters or digits, e.g. enindgang new " << request.kind << " \"Ny hjælp i kommunen\"\n";
    return kExitUsage;
  }

  text::Date today = request.today ? *request.today : text::TodayIn(text::kSiteTimeZone);
  fs::path relative = fs::path("content") / language->code;
  if (request.kind == "news") relative /= fs::path(kNewsFolder) / (text::IsoDate(today) + "-" + slug + ".md");
  else if (request.kind == "activity") relative /= fs::path(kActivitiesFolder) / (slug + ".md");
  else relative /= slug + ".md";
  std::string shown = (request.source / relative).lexically_normal().generic_string();
  if (!MakeFoldersInside(request.source, relative.parent_path(), SiteBoundary(*config), err)) return kExitInputError;
  const std::string text = FrontMatter(request, slug, language == &config->default_language(), today);
  if (int status = CreateNewFile(request.source / relative, shown, text, err); status != kExitOk) return status;
  out << "Created " << shown << " as a draft (draft: true): it is not published yet.\n"
      << "Next: write the text below the front matter; set draft: false when it is ready; "
      << "preview with enindgang serve.\n";
  return kExitOk;
}

}  // namespace enindgang
