#pragma once
#include <string>

#include "model/site.h"

namespace enindgang {

// sitemap.xml with an xhtml:link hreflang alternate for every real translation
// (and x-default → the default language). Fallback copies are left out.
std::string RenderSitemap(const Site& site);

// robots.txt: everything may be crawled; names the sitemap.
std::string RenderRobots(const Site& site);

}  // namespace enindgang
