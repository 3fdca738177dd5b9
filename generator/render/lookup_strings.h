#pragma once
#include <string>

#include "render/ui_strings.h"

namespace enindgang {

// The lookup script's messages for one language as JSON, for a
// <script type="application/json"> block on the landing page. Counts 0–8 are
// pluralised here by ICU, so the browser needs no plural rules.
// <, > and & are escaped so the block can never end early or break the page.
std::string LookupStringsJson(const UiStrings& strings, const Language& language);

}  // namespace enindgang
