#pragma once
#include <string>
#include <string_view>

namespace enindgang {

// The site's Content-Security-Policy, the one home of what a page may load:
// nginx.conf sends it (render/nginx_config) and the build holds every page to
// it (check/page_promises), so that the promises hold even where the header
// is not sent (a preview, another web server).
enum class Sources {
  kNone,  // 'none': nothing
  kSelf,  // 'self': files of the site's own origin
  kAny,   // no directive restricts it (a navigation directive left out)
};
// No directive allows 'unsafe-inline': no inline script or style, no event
// handler attribute, no javascript: URL.

// What a directive ("img-src") allows; a fetch directive left out falls back
// to default-src, as in browsers.
Sources AllowedSources(std::string_view directive);

// The header's value: "default-src 'none'; script-src 'self'; …".
std::string ContentSecurityPolicy();

}  // namespace enindgang
