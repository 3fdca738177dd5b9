#pragma once
#include "base/diagnostics.h"
#include "model/site.h"
#include "render/site_renderer.h"

namespace enindgang {

// Files copied from content/ keep the site's promises too. Pictures, PDF and
// plain text are published as they are; an SVG only without a script or a
// broken promise (check/markup_promises); HTML and JavaScript only when
// site.yaml says `unsafe_files: true`, and HTML then only without a broken
// promise. Any other type is refused: the site cannot vouch for what it does.
void CheckStaticFiles(const Site& site, const RenderedSite& rendered, Diagnostics& diagnostics);

}  // namespace enindgang
