#pragma once
#include <memory>
#include <vector>

#include "model/lookup_routes.h"
#include "model/site.h"
#include "render/output_file.h"
#include "render/render_context.h"
#include "render/rendered_page.h"

namespace enindgang {

struct RenderedSite {
  std::vector<RenderedPage> pages;    // every HTML page, for the check stage
  OutputFiles files;                  // everything else: assets, sitemap, robots.txt, static files
  size_t lookup_gzip_bytes = 0;       // what a phone downloads for the lookup: scripts + index, gzipped
  size_t village_files = 0;           // the second index's files (villages-<chunk>.json)
  size_t village_max_gzip_bytes = 0;  // the largest of them, gzipped: one is fetched at a time
  // What the pages were rendered with; unset when the theme is broken. Refers to the Site.
  std::shared_ptr<const RenderContext> context;
  // Where the search form's query leads without JavaScript; `serve` answers with it.
  std::shared_ptr<const NoScriptRoutes> lookup_routes;
};

// Renders every page of every language on all cores.
RenderedSite RenderSite(const Site& site, Diagnostics& diagnostics);

}  // namespace enindgang
