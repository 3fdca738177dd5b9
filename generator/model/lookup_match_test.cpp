#include "model/lookup_match.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>

#include "real_directory.h"
#include "shared_table.h"

using namespace enindgang;

namespace {

struct LookupCase {
  int line;
  std::string query;
  std::vector<std::string> codes;  // empty: no match
};

std::vector<std::string> Split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::stringstream in(text);
  for (std::string part; std::getline(in, part, separator);) parts.push_back(part);
  return parts;
}

// tests/lookup_cases.tsv is shared with tests/js/lookup_test.js so that the
// C++ and the browser matcher are held to the same answers.
std::vector<LookupCase> ReadLookupCases() {
  std::vector<LookupCase> cases;
  for (const auto& row : testing::ReadSharedTable(ENINDGANG_SOURCE_DIR "/tests/lookup_cases.tsv", "query\texpected")) {
    auto codes = row.second == "-" ? std::vector<std::string>{} : Split(row.second, ';');
    std::sort(codes.begin(), codes.end());
    cases.push_back({row.line, row.first, codes});
  }
  return cases;
}

const MunicipalityDirectory& RealData() { return testing::RealDirectory(); }

std::vector<std::string> BestCodes(const MunicipalityDirectory& directory, const LookupIndex& index,
                                   std::string_view query) {
  const auto matches = MatchLookup(index, query, 1);
  std::vector<std::string> codes;
  if (matches.empty()) return codes;
  for (int m : MunicipalitiesOf(index, matches[0])) codes.push_back(directory.municipalities[m].code);
  std::sort(codes.begin(), codes.end());
  return codes;
}

LookupEntry Entry(std::string key, LookupKind kind, std::vector<int> municipalities) {
  return {key, key, kind, std::move(municipalities), ""};
}

// "label/rank label/rank ...", best first.
std::string Ranked(const LookupIndex& index, std::string_view query, size_t limit = 8) {
  std::string out;
  for (const auto& m : MatchLookup(index, query, limit))
    out += (out.empty() ? "" : " ") + index.entries[m.entry].label + "/" + std::to_string(m.rank);
  return out;
}

}  // namespace

// What the form opens, as the table writes it: the municipality codes, "@slug" for a special place.
std::vector<std::string> AnswerCodes(const MunicipalityDirectory& directory, const LookupIndex& index,
                                     std::string_view query) {
  const LookupAnswer answer = AnswerLookup(index, directory.special_places, query);
  if (answer.special >= 0) return {"@" + directory.special_places[answer.special].slug};
  std::vector<std::string> codes;
  if (answer.village >= 0) {
    for (int m : index.villages[answer.village].municipalities) codes.push_back(directory.municipalities[m].code);
    std::sort(codes.begin(), codes.end());
    return codes;
  }
  if (answer.entry < 0) return codes;
  for (int m : index.entries[answer.entry].municipalities) codes.push_back(directory.municipalities[m].code);
  std::sort(codes.begin(), codes.end());
  return codes;
}

TEST_CASE("every row of tests/lookup_cases.tsv finds its municipalities in the real data") {
  const auto cases = ReadLookupCases();
  CHECK(cases.size() >= 40);
  const auto index = BuildLookupIndex(RealData());
  for (const auto& c : cases) {
    INFO("lookup_cases.tsv:" << c.line << ": [" << c.query << "]");
    CHECK(AnswerCodes(RealData(), index, c.query) == c.codes);
    // The best match alone, special places and villages aside, is what the suggestion list shows first.
    const bool village = AnswerLookup(index, RealData().special_places, c.query).village >= 0;
    if (!village && (c.codes.empty() || !c.codes[0].starts_with("@")))
      CHECK(BestCodes(RealData(), index, c.query) == c.codes);
  }
}

TEST_CASE("every row of tests/lookup_suggest_cases.tsv offers its suggestions in the real data") {
  // Shared with tests/js/lookup_test.js: query → the labels offered.
  const auto cases =
      testing::ReadSharedTable(ENINDGANG_SOURCE_DIR "/tests/lookup_suggest_cases.tsv", "query\tsuggestions");
  CHECK(cases.size() >= 15);
  const auto index = BuildLookupIndex(RealData());
  for (const auto& c : cases) {
    INFO("lookup_suggest_cases.tsv:" << c.line << ": [" << c.first << "]");
    std::string labels;
    for (int entry : SuggestLookup(index, c.first, 3))
      labels += (labels.empty() ? "" : ";") + index.entries[entry].label;
    CHECK((labels.empty() ? "-" : labels) == c.second);
  }
}

TEST_CASE("a suggestion is at most one edit per five letters away") {
  CHECK(SuggestionEdits(0) == 0);
  CHECK(SuggestionEdits(4) == 0);
  CHECK(SuggestionEdits(5) == 1);
  CHECK(SuggestionEdits(9) == 1);
  CHECK(SuggestionEdits(10) == 2);
  LookupIndex index;
  index.entries = {Entry("abcdefghij", LookupKind::kMunicipality, {0}), Entry("abcd", LookupKind::kMunicipality, {1}),
                   Entry("abcdx", LookupKind::kTown, {2, 3})};
  CHECK(SuggestLookup(index, "abcdefghXY", 3) == std::vector<int>{0});  // two edits in ten letters
  CHECK(SuggestLookup(index, "abcdefgXYZ", 3).empty());                 // three are too many
  CHECK(SuggestLookup(index, "abcx", 3).empty());                       // four letters: none
  CHECK(SuggestLookup(index, "abcdy", 3) == std::vector<int>{1});       // "abcd"; "abcdx" leads to two municipalities
  CHECK(SuggestLookup(index, "abcdxy", 3).empty());
}

TEST_CASE("lookup ranks municipality, town, alias, prefix, then typo") {
  using K = LookupKind;
  LookupIndex index;
  // Each leads to its own municipality so that none is dropped as a duplicate.
  index.entries = {
      Entry("borg", K::kAlias, {0}),    Entry("borg", K::kTown, {1}),     Entry("borg", K::kMunicipality, {2}),
      Entry("borgen", K::kTown, {3}),   Entry("nye borg", K::kTown, {4}), Entry("brog", K::kMunicipality, {5}),
      Entry("borgs", K::kAlias, {6}),   Entry("aborg", K::kTown, {7}),    Entry("bo", K::kMunicipality, {8}),
      Entry("1234", K::kPostcode, {9}),
  };
  CHECK(Ranked(index, "Borg") == "borg/1 borg/2 borg/3 borgen/4 borgs/4 nye borg/4 aborg/5 brog/5");
  CHECK(Ranked(index, "Borg", 3) == "borg/1 borg/2 borg/3");
  CHECK(Ranked(index, "Borg", 0).empty());
  // Below four characters a typo does not count: "bog" is one from "bo" and "borg".
  CHECK(Ranked(index, "bog").empty());
}

TEST_CASE("four digits are a postcode and nothing else") {
  using K = LookupKind;
  LookupIndex index;
  index.entries = {Entry("1234", K::kPostcode, {0}), Entry("12345 town", K::kTown, {1}),
                   Entry("1235", K::kPostcode, {2})};
  CHECK(Ranked(index, "1234") == "1234/0");
  CHECK(Ranked(index, "DK-1234 Byen") == "1234/0");
  CHECK(Ranked(index, "1236").empty());  // not a typo of 1234 or 1235: postcodes match exactly
  CHECK(Ranked(index, "123") == "1234/4 12345 town/4 1235/4");
  CHECK(Ranked(index, "12345") == "12345 town/4 1234/5 1235/5");  // five digits are not a postcode
}

TEST_CASE("lookup keeps one match per set of municipalities, the best one") {
  const auto& directory = RealData();
  const auto index = BuildLookupIndex(directory);
  const auto matches = MatchLookup(index, "aarhus", 8);
  REQUIRE(!matches.empty());
  CHECK(index.entries[matches[0].entry].label == "Aarhus");
  for (size_t i = 0; i < matches.size(); ++i) {
    for (size_t j = 0; j < i; ++j) CHECK(MunicipalitiesOf(index, matches[i]) != MunicipalitiesOf(index, matches[j]));
  }
  // The town Frederiksberg (København and Frederiksberg) differs from the municipality.
  CHECK(Ranked(index, "frederiksberg", 2) == "Frederiksberg/1 Frederiksberg/2");
}

TEST_CASE("lookup bounds a pasted essay") {
  const auto index = BuildLookupIndex(RealData());
  std::string essay;
  while (essay.size() < 100000) essay += "xy ";
  CHECK(MatchLookup(index, essay).empty());
  CHECK(MatchLookup(index, std::string(100000, ' ')).empty());
}

TEST_CASE("LookupDistance counts insertions, deletions, substitutions and neighbour swaps") {
  CHECK(LookupDistance("", "") == 0);
  CHECK(LookupDistance("odense", "odense") == 0);
  CHECK(LookupDistance("", "abc") == 3);
  CHECK(LookupDistance("abc", "") == 3);
  CHECK(LookupDistance("odense", "odnese") == 1);   // swap
  CHECK(LookupDistance("odense", "odens") == 1);    // deletion
  CHECK(LookupDistance("odense", "odennse") == 1);  // insertion
  CHECK(LookupDistance("odense", "odence") == 1);   // substitution
  CHECK(LookupDistance("ab", "ba") == 1);
  CHECK(LookupDistance("ca", "abc") == 3);  // optimal string alignment: no edit of a swapped pair
  CHECK(LookupDistance("kitten", "sitting") == 3);
  CHECK(LookupDistance("køge", "koge") == 1);  // code points, not bytes
  CHECK(LookupDistance("киев", "кеив") == 1);
}

TEST_CASE("LookupKey folds and turns Arabic-Indic digits into ASCII") {
  CHECK(LookupKey("Høje-Taastrup") == "hoje tastrup");
  CHECK(LookupKey("٨٠٠٠") == "8000");
  CHECK(LookupKey("۸۰۰۰ København") == "8000 kobenhavn");
  CHECK(LookupKey("  ") == "");
}
