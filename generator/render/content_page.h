#pragma once
#include "model/page.h"
#include "render/render_shared.h"
#include "render/rendered_page.h"
#include "render/template_set.h"

namespace enindgang {

// Markdown → post-processed HTML → the page's layout template → base layout.
RenderedPage RenderContentPage(const RenderShared& shared, const Page& page, const TemplateSet& templates,
                               Diagnostics& diagnostics);

}  // namespace enindgang
