#pragma once
#include <string_view>

namespace enindgang {

// Addresses a site's files give: where a link or the site itself goes, where
// an e-mail is sent. None may hold anything that could break out of an href
// attribute or that XML forbids (spaces, quotes, control characters).

// "https://", a host of two labels or more, an optional port and path.
bool IsHttpsUrl(std::string_view value);
// Where the site is published: like IsHttpsUrl, but http:// and the host
// localhost are allowed too, for a site previewed before it has a domain.
bool IsSiteAddress(std::string_view value);
// name@domain.tld, without "mailto:" or a display name. The name has none of
// the characters that mean something in a mailto: address (?, &, #, %, /):
// "post?bcc=x@kk.dk" would send a hidden copy.
bool IsEmailAddress(std::string_view value);

}  // namespace enindgang
