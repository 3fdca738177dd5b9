#pragma once
#include <string_view>

#include <tinyxml2.h>

#include "base/diagnostics.h"
#include "load/theme_files.h"
#include "render/rendered_page.h"

namespace enindgang {

// Holds the theme's templates to the site's promises (check/markup_promises),
// each read as the HTML it mostly is, so that a message names the template's
// line. True if one broke a promise: every page would then repeat it.
bool CheckTemplatePromises(const ThemeFiles& theme, std::string_view site_origin, Diagnostics& diagnostics);

// Holds one finished page to the promises, whatever made its markup: the
// Markdown body (placed at its Markdown line), the layout, or the values put
// into it (placed at the page's data file, with the page named). `around` is
// the page around its body as check/html_structure parsed it: the layout is
// checked in that tree (fast) when browsers read it alike, else with gumbo; the
// body, small and on few pages, with gumbo.
void CheckPagePromises(const RenderedPage& page, const tinyxml2::XMLDocument& around, std::string_view site_origin,
                       Diagnostics& diagnostics);

}  // namespace enindgang
