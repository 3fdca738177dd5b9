#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "load/municipality_directory.h"

namespace enindgang {

// What a lookup entry names. The numbers are written into the lookup index
// JSON (render/lookup_json.h) and read by themes/default/assets/lookup.js.
enum class LookupKind { kPostcode = 0, kMunicipality = 1, kTown = 2, kAlias = 3, kVillage = 4 };

// One thing a child may type, and where it leads.
struct LookupEntry {
  std::string key;    // FoldForSearch(label); a postcode's key is its four digits
  std::string label;  // what the suggestion list shows: "8000 Aarhus C", "Aarhus"
  LookupKind kind;
  std::vector<int> municipalities;  // indices into directory.municipalities, ascending
  // A village in several municipalities: the slug of its choice page, /by/<slug>/.
  std::string slug;
};

// Everything the landing page's lookup searches, in a fixed order: postcodes,
// then municipality names, towns and aliases, each in file order.
struct LookupIndex {
  std::vector<LookupEntry> entries;
  // The second index: the street register's village names (kVillage), by key,
  // each with every municipality it lies in. The landing page fetches them only
  // when the first index has no exact answer, one file per first letter of the
  // key (VillageChunk), so a village's key must start with a-z or 0-9.
  // Left out: a name whose key equals a key of `entries` (the postal town
  // "Hasle" keeps priority over the village), and keys with no chunk.
  std::vector<LookupEntry> villages;
};

// The file of the second index a key is in: its first character, when it is a
// lower-case ASCII letter or a digit; "" otherwise (no village file).
std::string VillageChunk(std::string_view key);

// One entry per postcode, municipality name, distinct town name (its postcodes'
// municipalities merged) and alias. Left out, because they could never show:
// names whose key is empty, and a town or alias whose key and municipalities
// equal those of an entry before it (the town "Næstved", the alias "Århus"),
// since MatchLookup would always drop it for that entry.
LookupIndex BuildLookupIndex(const MunicipalityDirectory& directory);

}  // namespace enindgang
