#pragma once
#include <vector>

#include "base/diagnostics.h"
#include "load/page_source.h"
#include "render/render_context.h"
#include "render/rendered_page.h"

namespace enindgang {

// A content file as the site was built from it, and as it reads after an edit
// that changed only what no other page shows (its body, its glossary terms).
struct SourceEdit {
  const PageSource* built = nullptr;  // in context.site().content()
  const PageSource* edited = nullptr;
};

// Renders again, from the edited files, every HTML page made from them: each
// page in its own language, its fallback copies in languages without a
// translation, and the municipality pages that show it as local text. The
// pages come out as RenderSite makes them, in parallel.
std::vector<RenderedPage> RenderEditedPages(const RenderContext& context, const std::vector<SourceEdit>& edits,
                                            Diagnostics& diagnostics);

}  // namespace enindgang
