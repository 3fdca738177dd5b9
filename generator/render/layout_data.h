#pragma once
#include "render/render_shared.h"
#include "render/template_set.h"

namespace enindgang {

// The data the base layout and every template share: the page's title,
// canonical and hreflang links and language switcher, and (shared with the
// language's other pages, not copied) language and direction, menus, UI
// strings ({{t.key}}), asset URLs ({{assets.style_css}}) and the quick exit.
TemplateScope LayoutData(const RenderShared& shared, const PageMeta& meta);

}  // namespace enindgang
