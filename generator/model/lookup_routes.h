#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/lookup_index.h"

namespace enindgang {

// Where the search form's query (<prefix>/kommune/?q=…) leads when no script
// runs. One table, two readers: the generated nginx.conf's maps
// (render/nginx_config) and `serve` (cli/served_site), so both send a query to
// the same page. Paths are below the language prefix, without the leading "/".
struct NoScriptLookup {
  // LookupKey(name) → "kommune/aarhus/" (one municipality) or "postnummer/2640/"
  // (several: the choice page of a postcode of that name with exactly those
  // municipalities). Every municipality name, town and alias the index holds,
  // except a name in several municipalities that no postcode offers as a choice;
  // then every village, "by/hundslev/" (VillageChoiceRoute) for one in several.
  std::map<std::string, std::string, std::less<>> by_key;
  // The names behind by_key, as written in the data: nginx matches the raw query
  // against spellings of these (render/nginx_config).
  std::vector<std::string> names;
  // "8000" → "postnummer/8000/" for every postcode.
  std::map<std::string, std::string, std::less<>> by_postcode;
  // Places no municipality covers; a query naming one (SpecialPlaceOf) goes to
  // SpecialPlaceRoute, after the postcodes and names above, as AnswerLookup orders them.
  std::vector<SpecialPlace> special_places;
};

// "steder/groenland/": a special place's page below the language prefix.
std::string SpecialPlaceRoute(const SpecialPlace& place);

// "by/hundslev/": the choice page of a village in several municipalities, below the language prefix.
std::string VillageChoiceRoute(const LookupEntry& village);

NoScriptLookup BuildNoScriptLookup(const LookupIndex& index, const MunicipalityDirectory& directory);

// The not-found list's letter for a query, per language: the first letter a child
// types ("a".."z", "æ", "ø", "å", lower case) → the A–Å list's letter it is filed
// near ("A", "Å"; for "q", with no municipality on Q, the next letter that has one).
using FirstLetters = std::map<std::string, std::string, std::less<>>;
FirstLetters FirstLettersFor(const std::vector<std::string>& list_letters);

// "a", "ae", "oe", "aa" for "A", "Æ", "Ø", "Å": the letter in a URL path
// (/kommune/ikke-fundet/aa/); "" for a letter outside a–z, æ, ø, å.
std::string LetterSlug(std::string_view list_letter);

// What `serve` answers for a query, as nginx does: the route of the query's
// postcode or name, else its special place's, else "kommune/ikke-fundet/<letter>/" (or "kommune/ikke-fundet/"
// when the query starts with no letter the list has).
std::string RouteOf(const NoScriptLookup& lookup, const FirstLetters& letters, std::string_view query);

// The first letter of a query as FirstLetters is keyed: an ASCII letter or æ,
// ø, å, lower case ("Østerbro" → "ø"); "" for anything else ("Évian", "8000"),
// as the nginx map, which sees only bytes, can tell no more.
std::string FirstLetterOf(std::string_view query);

}  // namespace enindgang

namespace enindgang {

// The table and each language's letters, as `serve` needs them after the build.
struct NoScriptRoutes {
  NoScriptLookup lookup;
  std::map<std::string, FirstLetters, std::less<>> letters_by_prefix;  // "" (Danish), "/en", …
};

}  // namespace enindgang
