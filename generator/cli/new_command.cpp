#include "cli/new_command.h"

#include <algorithm>
#include <fstream>
#include <ostream>
#include <vector>

#include "base/suggest.h"
#include "cli/pipeline.h"
#include "load/site_config.h"
#include "text/local_time.h"
#include "text/slug.h"

namespace enindgang {
namespace fs = std::filesystem;
namespace {

// News posts live in one folder in every language, so that a post and its
// translations share a key.
constexpr const char* kNewsFolder = "nyheder";

// A YAML double-quoted scalar: the title may hold ':' or '#', which would end a plain one.
std::string Quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// "key: value" with its comment in one column, so the file reads as a form.
std::string Line(const std::string& setting, const std::string& comment) {
  constexpr size_t kCommentColumn = 30;
  std::string line = setting;
  if (comment.empty()) return line + "\n";
  line.resize(std::max(kCommentColumn, line.size() + 1), ' ');
  return line + "# " + comment + "\n";
}

std::string FrontMatter(const NewRequest& request, const std::string& slug, bool is_default_language,
                        const text::Date& today) {
  const bool news = request.kind == "news";
  const std::string day = text::IsoDate(today);
  std::string f = "---\n";
  f += Line("title: " + Quoted(request.title), "");
  f += Line("description: \"\"", news ? "one sentence for search results and the news feed" : "one sentence for search results");
  if (news) {
    f += Line("date: " + day, "shown on the post; the news list is sorted by it");
  } else {
    f += Line("# slug: " + slug, "the URL segment, if it should differ from the file name");
    f += Line("order: 0", "menu position: pages with order > 0 are in the menu");
    f += Line("layout: page", "page, landing, steps, glossary or list");
  }
  f += Line("audience: child", "child (menu, quick exit, LIX limit) or adult (footer)");
  f += Line(std::string("translation: ") + (is_default_language ? "original" : "needs-review"),
            "original, needs-review or reviewed");
  f += Line("# publish: " + day + " 08:00", "not published before this Danish time");
  f += Line("# expires: " + std::to_string(today.year + 1) + "-01-01", "taken down from this Danish time on");
  f += Line("draft: true", "nothing goes live until this says false");
  f += "---\n\n";
  return f;
}

}  // namespace

const std::vector<std::string>& NewKinds() {
  static const std::vector<std::string> kinds = {"news", "page"};
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
  relative /= request.kind == "news" ? fs::path(kNewsFolder) / (text::IsoDate(today) + "-" + slug + ".md")
                                     : fs::path(slug + ".md");
  std::string shown = (request.source / relative).lexically_normal().generic_string();
  fs::path full = request.source / relative;
  if (fs::exists(full)) {
    err << shown << ": error: the file exists already — edit it, or choose another title\n";
    return kExitInputError;
  }
  std::error_code ec;
  fs::create_directories(full.parent_path(), ec);
  std::ofstream file(full, std::ios::binary);
  file << FrontMatter(request, slug, language == &config->default_language(), today);
  file.close();
  if (ec || !file) {
    err << shown << ": error: cannot write the file — check that the folder is writable\n";
    return kExitInputError;
  }
  out << "Created " << shown << " as a draft (draft: true): it is not published yet.\n"
      << "Next: write the text below the front matter; set draft: false when it is ready; "
      << "preview with enindgang serve.\n";
  return kExitOk;
}

}  // namespace enindgang
