#pragma once
#include "base/diagnostics.h"
#include "render/rendered_page.h"

namespace enindgang {

// What every finished page must be: well-formed (parsed as XML), with lang and
// dir on <html>, exactly one h1, and no skipped heading levels (h2 → h4).
void CheckHtmlStructure(const RenderedPage& page, Diagnostics& diagnostics);

}  // namespace enindgang
