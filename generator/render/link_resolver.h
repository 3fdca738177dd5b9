#pragma once
#include <optional>
#include <string>

#include "model/site.h"

namespace enindgang {

// Resolves a relative Markdown link written in the page with key `from_key`
// ("nyheder/_index" + "../ord.md" → key "ord") to that page's URL in `lang`.
std::optional<std::string> ResolvePageLink(const Site& site, const std::string& lang, const std::string& from_key,
                                           const std::string& relative_md);

// "nyheder/../ord.md" → "ord"; nullopt when it climbs above the content folder.
std::optional<std::string> KeyOfLink(const std::string& from_key, const std::string& relative_md);

}  // namespace enindgang
