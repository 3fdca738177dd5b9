#pragma once
#include <optional>
#include <string>

#include "model/site.h"

namespace enindgang {

// Resolves a relative Markdown link written in the page with key `from_key`
// ("nyheder/_index" + "../ord.md" → key "ord") to that page's URL in `lang`.
std::optional<std::string> ResolvePageLink(const Site& site, const std::string& lang, const std::string& from_key,
                                           const std::string& relative_md);

// An image's file name relative to the page with key `from_key` written in
// `lang` ("kort.png" beside "nyheder/post") → the URL the file is published at
// ("/nyheder/kort.png"); nullopt when the site has no such file.
std::optional<std::string> ResolveFileLink(const Site& site, const std::string& lang, const std::string& from_key,
                                           const std::string& relative);

// "nyheder/../ord.md" → "ord"; nullopt when it climbs above the content folder.
std::optional<std::string> KeyOfLink(const std::string& from_key, const std::string& relative_md);

// "nyheder/post" + "../billeder/kort.png" → "billeder/kort.png"; a leading '/'
// starts at the language folder; nullopt when it climbs above it.
std::optional<std::string> PathOfLink(const std::string& from_key, const std::string& relative);

}  // namespace enindgang
