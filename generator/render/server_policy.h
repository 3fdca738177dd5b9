#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace enindgang {

// How the built site is served, the one home of it: the generated nginx.conf
// (render/nginx_config) is written from these rules and `serve`
// (build/served_site, cli/preview_server) answers from them, so that what
// breaks in production breaks in preview. tests/server_policy sends both the
// same table of requests (tests/server_policy/cases.tsv) and compares them.

struct HeaderField {
  std::string_view name;
  std::string value;
};

// Sent with every response, errors and redirects too: the Content-Security-Policy
// (render/content_policy), no referrer, no sniffing, no powerful features.
std::vector<HeaderField> SecurityHeaders();

// Fingerprinted files change name when they change, so they are cached forever;
// everything else, pages and redirects included, for five minutes. The folder is
// kAssetsFolder (render/assets.h).
inline constexpr std::string_view kAssetsCacheControl = "public, max-age=31536000, immutable";
inline constexpr std::string_view kPageCacheControl = "public, max-age=300";
// A preview is always the latest build: `serve` sends this in place of the two above.
inline constexpr std::string_view kPreviewCacheControl = "no-store";

// What a file ending is sent as: the types of Debian's /etc/nginx/mime.types,
// which the http block includes, and "; charset=utf-8" for the text types that
// nginx.conf's charset_types names (text/html always has it).
struct ContentTypeRule {
  std::string_view ending;  // "atom.xml" before ".xml": the first that matches wins
  std::string_view type;
  bool charset;
};
const std::vector<ContentTypeRule>& ContentTypeRules();
// Neither the atom feed nor iCalendar files are in Debian's mime.types:
// nginx.conf gives each a location of its own.
inline constexpr std::string_view kFeedFile = "atom.xml";
inline constexpr std::string_view kCalendarEnding = ".ics";

// "text/css; charset=utf-8"; application/octet-stream for an ending not listed.
std::string ContentTypeOf(std::string_view path);

// The server's own configuration files, written at the top of the output.
inline constexpr std::string_view kConfigFiles[] = {"nginx.conf", "nginx-http.conf"};

// Never sent, as if absent: the two configuration files and anything whose name
// starts with "." (the build's manifest). `path` is below the root, without the
// leading "/" ("en/.x").
bool IsHiddenPath(std::string_view path);

// The page a 404 below a language prefix ("/en") shows: "en/404.html"; "404.html" for "".
std::string NotFoundPageOf(std::string_view prefix);

// Without JavaScript the search form submits its q to this page below each
// language prefix; a non-blank q is answered with a 302 to its route
// (model/lookup_routes), a blank one with the search page itself.
inline constexpr std::string_view kLookupPage = "kommune/";
inline constexpr int kLookupRedirectStatus = 302;
// A folder asked for without its slash ("/om") is sent there ("/om/"), keeping the query.
inline constexpr int kFolderRedirectStatus = 301;

}  // namespace enindgang
