#pragma once
#include <string>
#include <vector>

#include "load/municipality.h"
#include "model/street_choices.h"
#include "render/render_shared.h"
#include "render/template_set.h"

namespace enindgang {

// `danish` between LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE (invisible):
// a street or "5300 Kerteminde, 5350 Rynkeby" inside an Arabic sentence keeps its
// order ("5300 Kerteminde", not "Kerteminde, 5350 5300").
std::string LeftToRight(const std::string& danish);

// "42–60 (lige numre), 77–95 (ulige numre)", "85 (ulige numre)", "fra 202 (lige numre)":
// runs of house numbers in the page's language; "" for a whole street. A run to
// 998 or 999 is CPR's "to the end" and is written "fra N".
std::string HouseNumbersText(const RenderShared& shared, const Language& language,
                             const std::vector<HouseNumbers>& numbers);

// The {{#streets}} section of postcode.mustache for a split postcode: which
// municipality holds most streets, then each group of streets with its
// municipality's local page, a folded key per street for street_filter.js,
// and the register's date. Unset (false) when the register lists no streets.
TemplateData StreetChoiceData(const RenderShared& shared, const Postcode& postcode, const PostcodeStreets& streets,
                              const Language& language);

}  // namespace enindgang
