#pragma once
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>

#include "build/recipe.h"
#include "text/dates.h"

namespace enindgang {

struct NewsletterRequest {
  BuildRequest build;               // the site, as `check` builds it (nothing is written there)
  std::string lang;                 // empty: the site's first language
  std::optional<text::Date> since;  // unset: 92 days before the build day (an edition a quarter)
  std::filesystem::path out = "newsletter.eml";
};

// `enindgang newsletter`: the edition of news and activities as an e-mail
// (FILE.eml) and its HTML beside it (FILE.html). Exit status as for build.
int RunNewsletter(const NewsletterRequest& request, std::ostream& out, std::ostream& err);

}  // namespace enindgang
