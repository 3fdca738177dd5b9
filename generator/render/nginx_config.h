#pragma once
#include <string>

#include "model/site.h"

namespace enindgang {

// nginx directives for serving the site, written as nginx.conf at the top of
// the output (nginx itself refuses to serve that file). Include it inside a
// server block that sets `listen` and `root`:
//   include /srv/enindgang/public/nginx-http.conf;
//   server { listen 80; root /srv/enindgang/public; include /srv/enindgang/public/nginx.conf; }
// It sets the security headers (a Content-Security-Policy without inline
// scripts or handlers, Referrer-Policy no-referrer, nosniff, Permissions-Policy),
// caches fingerprinted assets forever and pages briefly, serves precompressed
// .gz files, sends each language's 404 page, and lets the search form work
// without JavaScript (/kommune/?q=8000 → /postnummer/8000/, ?q=Århus →
// /kommune/aarhus/) through the maps of nginx-http.conf (render/nginx_lookup.h),
// which the http block must include.
std::string RenderNginxConfig(const Site& site);

}  // namespace enindgang
