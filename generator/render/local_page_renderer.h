#pragma once
#include "model/local_page.h"
#include "render/render_shared.h"
#include "render/rendered_page.h"
#include "render/template_set.h"

namespace enindgang {

// A municipality's local help page: whom to contact there, with only the
// facts municipalities.csv holds; unknown facts are said to be unknown.
RenderedPage RenderLocalPage(const RenderShared& shared, const LocalPage& local, const TemplateSet& templates,
                             Diagnostics& diagnostics);

}  // namespace enindgang
