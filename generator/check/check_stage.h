#pragma once
#include "base/diagnostics.h"
#include "model/site.h"
#include "render/site_renderer.h"

namespace enindgang {

// What a careful editor would catch before publishing; errors stop the build.
void CheckSite(const Site& site, const RenderedSite& rendered, Diagnostics& diagnostics);

}  // namespace enindgang
