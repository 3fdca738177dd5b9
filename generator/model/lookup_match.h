#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

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

// The municipalities (indices into the directory) that a match leads to.
std::vector<int> MunicipalitiesOf(const LookupIndex& index, const LookupMatch& match);

// Damerau–Levenshtein distance (optimal string alignment: no substring is
// edited twice) between two UTF-8 strings, counted in code points.
size_t LookupDistance(std::string_view a, std::string_view b);

// The query as MatchLookup compares it: folded, with ASCII digits.
std::string LookupKey(std::string_view query);

}  // namespace enindgang
