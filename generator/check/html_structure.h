#pragma once
#include <tinyxml2.h>

#include "base/diagnostics.h"
#include "render/rendered_page.h"

namespace enindgang {

// What every finished page must be: well-formed (parsed as XML), with lang and
// dir on <html>, exactly one h1, and no skipped heading levels (h2 → h4).
void CheckHtmlStructure(const RenderedPage& page, Diagnostics& diagnostics);

// The two steps of it, for checks that look at the same tree: parses the page
// around its body (the body was parsed when it was made) and reports a page
// that is not well-formed; then checks the parsed page.
// Parses `html` with tinyxml2; true only when it is well-formed and was read
// to its end (tinyxml2 stops without an error at an end tag outside every element).
bool ParseWhole(std::string html, tinyxml2::XMLDocument& document);
bool ParsePageAroundBody(const RenderedPage& page, tinyxml2::XMLDocument& document, Diagnostics& diagnostics);
void CheckHtmlStructure(const RenderedPage& page, const tinyxml2::XMLDocument& document, Diagnostics& diagnostics);

}  // namespace enindgang
