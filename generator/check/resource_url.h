#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace enindgang {

// What an address in a page leads to, read as a browser reads it (WHATWG
// URL): leading and trailing spaces and control characters are dropped, tabs
// and line breaks removed anywhere ("java\tscript:" is "javascript:"), and a
// backslash counts as a slash, so "/\evil.example" is another host.
enum class UrlKind {
  kSameOrigin,   // a relative address, or one on the site's own origin
  kOtherOrigin,  // another host ("https://…", "//…"), or a scheme such as ftp:
  kScript,       // javascript: or vbscript:, code run in the page
  kData,         // data:, a document or file written into the address
};

// `site_origin` is the site's "https://host[:port]" (see SiteOrigin); an
// address on it counts as the site's own only when spelled exactly so.
UrlKind ClassifyUrl(std::string_view value, std::string_view site_origin);

// "https://Example.test/sti" → "https://example.test": scheme and host of base_url.
std::string SiteOrigin(std::string_view base_url);

// The addresses of a srcset ("a.png 1x, b.png 2x"), as the HTML standard splits it.
std::vector<std::string_view> SrcsetUrls(std::string_view srcset);

// The address of <meta http-equiv="refresh" content="5; url=…">, if it names one.
std::optional<std::string_view> RefreshUrl(std::string_view content);

}  // namespace enindgang
