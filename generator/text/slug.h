#pragma once
#include <string>
#include <string_view>

namespace enindgang::text {

// A URL path segment made from a title or heading:
//   1. Danish letters first, by Danish rules: æ→ae, ø→oe, å→aa (and upper case),
//      so that "Høje-Taastrup" becomes "hoeje-taastrup", not "hoje-taastrup";
//   2. ICU "Any-Latin; Latin-ASCII; Lower" (Cyrillic and Arabic are
//      transliterated to Latin);
//   3. every run of characters other than [a-z0-9] becomes one '-', and
//      leading and trailing '-' are dropped.
// Returns "" when nothing is left (e.g. only emoji); the caller decides what
// to use instead.
std::string Slugify(std::string_view text);

// True if `text` is a slug as Slugify makes them: runs of [a-z0-9] joined by
// single hyphens. Such a slug is one URL segment that needs no escaping.
bool IsSlug(std::string_view text);

}  // namespace enindgang::text
