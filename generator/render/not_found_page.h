#pragma once
#include "render/render_shared.h"
#include "render/rendered_page.h"
#include "render/template_set.h"

namespace enindgang {

// 404.html for a language ("404.html" for the default one, "en/404.html"),
// with links home in every language because the reader's is unknown.
RenderedPage RenderNotFoundPage(const RenderShared& shared, const Language& language, const TemplateSet& templates,
                                Diagnostics& diagnostics);

}  // namespace enindgang
