#pragma once
#include <vector>

#include "base/diagnostics.h"
#include "check/readability.h"
#include "model/site.h"
#include "render/site_renderer.h"

namespace enindgang {

struct CheckReport {
  std::vector<PageReadability> readability;
};

// What a careful editor would catch before publishing; errors stop the build.
CheckReport CheckSite(const Site& site, const RenderedSite& rendered, Diagnostics& diagnostics);

// The checks that look at one page at a time (structure, promises, readability): part of
// CheckSite, and all that `serve` runs again on the pages an edit changed.
std::vector<PageReadability> CheckPages(const SiteConfig& config, const std::vector<RenderedPage>& pages,
                                        Diagnostics& diagnostics);

}  // namespace enindgang
