#pragma once
#include "load/municipality.h"
#include "render/render_shared.h"
#include "render/rendered_page.h"
#include "render/template_set.h"

namespace enindgang {

// The pages that make the lookup work without JavaScript:
// /kommune/ — every municipality A–Å (ICU collation of the page's language) and a postcode index;
// /postnummer/<nnnn>/ — leads to the local page, or offers a choice when the postcode spans several;
// /kommune/<code>/ — leads to the local page.
RenderedPage RenderDirectoryPage(const RenderShared& shared, const Language& language, const TemplateSet& templates,
                                 Diagnostics& diagnostics);
RenderedPage RenderPostcodePage(const RenderShared& shared, const Postcode& postcode, const Language& language,
                                const TemplateSet& templates, Diagnostics& diagnostics);
RenderedPage RenderCodeShortcut(const RenderShared& shared, const Municipality& municipality, const Language& language,
                                const TemplateSet& templates, Diagnostics& diagnostics);

// URL of the A–Å page in a language: "/kommune/", "/en/kommune/".
std::string DirectoryUrl(const Site& site, const Language& language);

}  // namespace enindgang
