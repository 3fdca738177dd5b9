#pragma once
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "text/dates.h"

namespace enindgang {

// `enindgang new news|page "Title" [--lang da]`: a content file with every
// front matter key a writer may need, as a draft.
struct NewRequest {
  std::filesystem::path source = ".";
  std::string kind;  // "news" or "page"
  std::string title;
  std::string lang;                 // empty: the site's default language
  std::optional<text::Date> today;  // unset: today in Copenhagen
};

// The kinds `enindgang new` makes, for --help and "did you mean".
const std::vector<std::string>& NewKinds();

// Writes content/<lang>/nyheder/<date>-<slug>.md (news) or content/<lang>/<slug>.md
// (page); never overwrites. Exit status: 0 created, 1 the file exists or
// site.yaml has problems, 2 unknown kind, language or an empty title.
int RunNew(const NewRequest& request, std::ostream& out, std::ostream& err);

}  // namespace enindgang
