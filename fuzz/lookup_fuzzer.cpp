// MatchLookup over the index of the real municipalities.csv and postcodes.csv
// (built once), with arbitrary queries. Properties from model/lookup_match.h:
// at most `limit` matches, valid entries, ranks 0–5 in order, each match leads
// to a municipality; MatchVillages keeps to the query's chunk; LookupDistance is
// symmetric and 0 only for equal strings.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "model/lookup_index.h"
#include "model/lookup_match.h"
#include "text/utf8.h"

using namespace enindgang;

namespace {

const LookupIndex& RealIndex() {
  static const LookupIndex index = [] {
    Diagnostics diagnostics;
    auto directory =
        LoadMunicipalityDirectory(ENINDGANG_SOURCE_DIR "/municipalities.csv", ENINDGANG_SOURCE_DIR "/postcodes.csv",
                                  ENINDGANG_SOURCE_DIR, diagnostics);
    FUZZ_CHECK(directory.has_value());
    auto streets = LoadStreetRegister(ENINDGANG_SOURCE_DIR "/street_register", "street_register", true, diagnostics);
    FUZZ_CHECK(streets.has_value());
    directory->street_register = std::move(*streets);
    return BuildLookupIndex(*directory);
  }();
  return index;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const LookupIndex& index = RealIndex();
  std::string_view query(reinterpret_cast<const char*>(data), size);
  const size_t limit = size == 0 ? 8 : 1 + data[0] % 12;
  auto matches = MatchLookup(index, query, limit);
  FUZZ_CHECK(matches.size() <= limit);
  int previous_rank = 0;
  for (const auto& match : matches) {
    FUZZ_CHECK(match.entry >= 0 && static_cast<size_t>(match.entry) < index.entries.size());
    FUZZ_CHECK(match.rank >= 0 && match.rank <= 5 && match.rank >= previous_rank);
    previous_rank = match.rank;
    FUZZ_CHECK(!MunicipalitiesOf(index, match).empty());
  }
  // The second index: the query's chunk only, ranks 1, 4 or 5 in order, and an answer that points into its index.
  auto villages = MatchVillages(index, query, limit);
  FUZZ_CHECK(villages.size() <= limit);
  previous_rank = 0;
  for (const auto& match : villages) {
    FUZZ_CHECK(match.entry >= 0 && static_cast<size_t>(match.entry) < index.villages.size());
    FUZZ_CHECK((match.rank == 1 || match.rank == 4 || match.rank == 5) && match.rank >= previous_rank);
    previous_rank = match.rank;
    FUZZ_CHECK(VillageChunk(index.villages[match.entry].key) == VillageChunk(LookupKey(query)));
  }
  const LookupAnswer answer = AnswerLookup(index, {}, query);
  FUZZ_CHECK((answer.entry >= 0) + (answer.village >= 0) <= 1);
  FUZZ_CHECK(answer.village < static_cast<int>(index.villages.size()));
  // Two strings, split at the first newline, for the edit distance.
  const size_t newline = query.find('\n');
  if (newline != std::string_view::npos && size < 512) {
    std::string_view a = query.substr(0, newline), b = query.substr(newline + 1);
    const size_t ab = LookupDistance(a, b);
    FUZZ_CHECK(ab == LookupDistance(b, a));
    if (!text::FindInvalidUtf8(query, nullptr)) FUZZ_CHECK((ab == 0) == (a == b));
    FUZZ_CHECK(LookupDistance(a, a) == 0);
  }
  return 0;
}
