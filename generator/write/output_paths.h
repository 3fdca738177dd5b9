#pragma once
#include "base/diagnostics.h"
#include "render/site_renderer.h"

namespace enindgang {

// The one check that every file the build writes has exactly one source: a
// content page, a content file, a municipality's row or the build itself
// (theme assets, sitemap, robots.txt, nginx.conf, 404 and directory pages, the
// .gz twins and the manifest the writer adds). Reported at the source the user
// can change, naming the other: two pages on one URL, a content file named like
// a generated one, a content page on a municipality's URL, two municipalities
// whose names give one slug, a file where a folder must be, anything under the
// theme's assets/ folder. Also rejects a path with an empty, "." or ".." part.
void RejectSharedOutputPaths(const RenderedSite& site, Diagnostics& diagnostics);

}  // namespace enindgang
