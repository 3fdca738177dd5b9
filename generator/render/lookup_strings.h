#pragma once
#include <string>

#include "model/lookup_routes.h"
#include "render/ui_strings.h"

namespace enindgang {

// The lookup script's messages for one language as JSON, for a
// <script type="application/json"> block on the landing page. Counts 0–8 are
// pluralised here by ICU, so the browser needs no plural rules.
// <, > and & are escaped so the block can never end early or break the page.
// `letters` (FirstLettersFor the language's A–Å list) lets the not-found box link
// the list at the query's letter.
std::string LookupStringsJson(const UiStrings& strings, const Language& language, const FirstLetters& letters);

}  // namespace enindgang
