#pragma once
#include "load/municipality.h"
#include "model/street_choices.h"
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
// /by/<slug>/ — a village name of the street register that lies in several
// municipalities: a choice among them, with the postcodes it has in each.
RenderedPage RenderVillageChoicePage(const RenderShared& shared, const VillageChoice& choice, const Language& language,
                                     const TemplateSet& templates, Diagnostics& diagnostics);
RenderedPage RenderCodeShortcut(const RenderShared& shared, const Municipality& municipality, const Language& language,
                                const TemplateSet& templates, Diagnostics& diagnostics);

// Where a query the lookup does not know lands without JavaScript (nginx-http.conf, `serve`):
// /kommune/ikke-fundet/<letter>/ says so, offers 116 111 and lists the municipalities under the
// query's letter ("A", "Å"); with an empty letter, /kommune/ikke-fundet/ for a query that starts
// with no letter.
RenderedPage RenderNotFoundListPage(const RenderShared& shared, const Language& language,
                                    const std::string& list_letter, const TemplateSet& templates,
                                    Diagnostics& diagnostics);

// /steder/<slug>/: a place no Danish municipality covers (special_places.csv), answered
// kindly with the theme's special_<slug>_title and _text, 116 111 and the nearest
// municipality's page where the row names one.
RenderedPage RenderSpecialPlacePage(const RenderShared& shared, const SpecialPlace& place, const Language& language,
                                    const TemplateSet& templates, Diagnostics& diagnostics);

// The letters of the A–Å page in a language, in its order: "A", "B", …, "Å".
std::vector<std::string> DirectoryLetters(const Site& site, const Language& language);

// URL of the A–Å page in a language: "/kommune/", "/en/kommune/".
std::string DirectoryUrl(const Site& site, const Language& language);

}  // namespace enindgang
