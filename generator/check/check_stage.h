#pragma once
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

}  // namespace enindgang
