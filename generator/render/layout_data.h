#pragma once
#include "render/render_shared.h"
#include "render/template_set.h"

namespace enindgang {

// The data the base layout and every template share: language and direction,
// title, canonical and hreflang links, language switcher, menu, UI strings
// ({{t.key}}), asset URLs ({{assets.style_css}}) and the quick exit.
TemplateData LayoutData(const RenderShared& shared, const PageMeta& meta);

}  // namespace enindgang
