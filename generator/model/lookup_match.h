#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "load/special_places.h"
#include "model/lookup_index.h"

namespace enindgang {

// An entry of the index that fits a query; lower rank is better.
struct LookupMatch {
  int entry;  // index into LookupIndex::entries
  int rank;
};

// The reference rule of the landing page's lookup. themes/default/assets/lookup.js
// mirrors it line by line; tests/lookup_cases.tsv holds both to the same answers.
//
// The query is folded with FoldForSearch, then Arabic-Indic and Persian digits
// become ASCII (the fold leaves digits alone, the index has ASCII postcodes).
//   * Four digits at the start, not followed by a fifth, optionally after "dk"
//     ("8000", "DK-8000", "8000 Aarhus C"): only the postcode with exactly those
//     digits counts, rank 0; the rest of the query is ignored.
//   * Otherwise each entry gets its best rank of:
//       1 key equals the query and the entry is a municipality name,
//       2 ... a town,  3 ... an alias,
//       4 the query starts the key or a word in it ("taastrup" → "Høje-Taastrup"),
//       5 the query has 4 or more code points and is one edit from the whole key
//         (LookupDistance 1: insert, delete, substitute or swap two neighbours).
// Matches are ordered by rank, then key, then kind, then label (bytewise), then
// entry. Walking that order, a match whose municipalities equal those of an
// earlier match is dropped ("Aarhus C" after "Aarhus"). At most `limit` remain.
std::vector<LookupMatch> MatchLookup(const LookupIndex& index, std::string_view query, size_t limit = 8);

// How many edits a "did you mean" may be from what the child typed, for a query
// key of `length` code points: one per five letters, so none below five
// ("asdf", "Nuuk", "qwer"), one for 5–9 ("Esbjergg"), two for 10–14
// ("Fredriksshavn"). themes/default/assets/lookup.js mirrors it (suggestionEdits).
size_t SuggestionEdits(size_t length);

// "Did you mean", when MatchLookup found nothing: up to `count` entries that lead
// to one municipality and are at most SuggestionEdits(query) edits from the query
// key (its first 64 code points), one per municipality, closest first (then in
// MatchLookup's order). lookup.js's suggest() mirrors it; tests/lookup_suggest_cases.tsv
// holds both to the same answers.
std::vector<int> SuggestLookup(const LookupIndex& index, std::string_view query, size_t count);

// The special place (index into `places`) a query names, or -1: its folded key
// equals the LookupKey of one of the place's names ("Nuuk", "Christiansø"), or,
// spaces left out, starts with one of its codes ("3900", "FO 100", "fo-100 Tórshavn":
// the range's letters folded, then exactly as many digits as the range has,
// within it). lookup.js's special() mirrors it.
int SpecialPlaceOf(const std::vector<SpecialPlace>& places, std::string_view query);

// The second index (LookupIndex::villages), which lookup.js fetches one
// VillageChunk at a time: only villages in the query key's chunk count, and
// no village for a postcode-shaped query. Ranks: 1 the key equals the query,
// 4 the key starts with it (whole key only: "orum" does not find "Sdr. Ørum"),
// 5 one edit as in MatchLookup. Ordered and deduplicated as MatchLookup orders
// (rank, key, label, entry). lookup.js's matchVillages() mirrors it.
std::vector<LookupMatch> MatchVillages(const LookupIndex& index, std::string_view query, size_t limit = 8);

// What the search form opens for a query, the order the lookup script answers in:
// the best match if it is exact (a postcode, or a name with rank 1–3), else a
// special place, else the best match if the query starts it (rank 4: "Lyngby"
// is Kongens Lyngby before the village Lyngby), else a village whose key equals
// the query, else the best match (a typo), else the best village (a prefix or a
// typo), else nothing.
struct LookupAnswer {
  int entry = -1;    // into index.entries
  int special = -1;  // into places
  int village = -1;  // into index.villages
};
LookupAnswer AnswerLookup(const LookupIndex& index, const std::vector<SpecialPlace>& places, std::string_view query);

// The municipalities (indices into the directory) that a match leads to.
std::vector<int> MunicipalitiesOf(const LookupIndex& index, const LookupMatch& match);

// Damerau–Levenshtein distance (optimal string alignment: no substring is
// edited twice) between two UTF-8 strings, counted in code points.
size_t LookupDistance(std::string_view a, std::string_view b);

// The query as MatchLookup compares it: folded, with ASCII digits.
std::string LookupKey(std::string_view query);

}  // namespace enindgang
