#pragma once
#include <string>
#include <vector>

#include "model/lookup_routes.h"

namespace enindgang {

// nginx-http.conf: the maps that let the search form work without JavaScript,
// for names as well as postcodes. nginx allows `map` only in the http block, so
// this file is included there, next to the server block that includes nginx.conf:
//   http { include /srv/enindgang/public/nginx-http.conf; server { … include …/nginx.conf; } }
// The maps read only the query and yield only paths generated here, so a crafted
// query can choose among the site's pages and nothing else.
//
// nginx sees the raw query as the browser sent it (UTF-8, percent-encoded, "+"
// for space) and its maps compare strings ignoring ASCII case only; so each name
// is listed in the spellings a child types (as written, lower and upper case,
// å/aa, æ/ae, ø/oe, ø/o, å/a, hyphen/space), kept only where LookupKey, the
// fold the script and `serve` use, equates them with the name.
std::string RenderNginxLookupMaps(const NoScriptRoutes& routes, const std::vector<std::string>& prefixes);

// The spellings of `name` listed for it, percent-encoded as a browser's form sends them.
std::vector<std::string> RawQueriesFor(const std::string& name);

// The variable holding a language's route for the current query: "$enindgang_route_en".
std::string LookupRouteVariable(const std::string& prefix);

}  // namespace enindgang
