#include "model/lookup_routes.h"

#include <catch2/catch.hpp>

#include "model/lookup_match.h"
#include "real_directory.h"
#include "text/slug.h"

using namespace enindgang;

namespace {

const MunicipalityDirectory& RealData() { return testing::RealDirectory(); }

// The Danish A–Å list's letters for the real data: no C, Q, U, W, X, Y, Z, Æ, Ø.
const std::vector<std::string> kDanishLetters = {"A", "B", "D", "E", "F", "G", "H", "I", "J", "K",
                                                 "L", "M", "N", "O", "R", "S", "T", "V", "Å"};

}  // namespace

TEST_CASE("without JavaScript the real cases of issue 14 reach their page") {
  const auto index = BuildLookupIndex(RealData());
  const auto lookup = BuildNoScriptLookup(index, RealData());
  const auto letters = FirstLettersFor(kDanishLetters);
  CHECK(RouteOf(lookup, letters, "Aarhus") == "kommune/aarhus/");
  CHECK(RouteOf(lookup, letters, "Århus") == "kommune/aarhus/");
  CHECK(RouteOf(lookup, letters, "ÅRHUS") == "kommune/aarhus/");
  CHECK(RouteOf(lookup, letters, "  Aarhus  ") == "kommune/aarhus/");
  CHECK(RouteOf(lookup, letters, "Hedehusene") == "postnummer/2640/");  // a town in four municipalities
  CHECK(RouteOf(lookup, letters, "Odense C") == "kommune/odense/");
  CHECK(RouteOf(lookup, letters, "8000") == "postnummer/8000/");
  CHECK(RouteOf(lookup, letters, "DK-8000 Aarhus C") == "postnummer/8000/");
  CHECK(RouteOf(lookup, letters, "Høje Tåstrup") == "kommune/hoeje-taastrup/");
  CHECK(RouteOf(lookup, letters, "Frederiksberg C") == "postnummer/1810/");  // the postcode with both municipalities
  CHECK(RouteOf(lookup, letters, "Christiansø") == "steder/christiansoe/");
  CHECK(RouteOf(lookup, letters, "Nuuk") == "steder/groenland/");
  CHECK(RouteOf(lookup, letters, "3900") == "steder/groenland/");
  CHECK(RouteOf(lookup, letters, "FO-100 Tórshavn") == "steder/faeroeerne/");
  CHECK(RouteOf(lookup, letters, "asdf") == "kommune/ikke-fundet/a/");
  CHECK(RouteOf(lookup, letters, "qwerty") == "kommune/ikke-fundet/r/");  // no municipality on Q: the next letter
  CHECK(RouteOf(lookup, letters, "Østerbro-ish") == "kommune/ikke-fundet/aa/");
  CHECK(RouteOf(lookup, letters, "9999") == "kommune/ikke-fundet/");
  CHECK(RouteOf(lookup, letters, "") == "kommune/ikke-fundet/");
  CHECK(RouteOf(lookup, letters, "Sverige") == "steder/udlandet/");
}

TEST_CASE("every name of the lookup index has a route, and the table stays proportional") {
  const auto index = BuildLookupIndex(RealData());
  const auto lookup = BuildNoScriptLookup(index, RealData());
  size_t names = 0;
  for (const auto& entry : index.entries) {
    if (entry.kind == LookupKind::kPostcode) continue;
    ++names;
    INFO(entry.label);
    CHECK(lookup.by_key.count(entry.key) == 1);
  }
  CHECK(lookup.by_postcode.size() == index.entries.size() - names);
  // Every village too, each to its municipality's page or its choice page; a
  // special place of the same name ("Godthaab" is Nuuk) keeps its own page.
  for (const auto& village : index.villages) {
    INFO(village.label);
    auto route = lookup.by_key.find(village.key);
    if (SpecialPlaceOf(RealData().special_places, village.key) >= 0) {
      CHECK(route == lookup.by_key.end());
      continue;
    }
    REQUIRE(route != lookup.by_key.end());
    const std::string expected =
        village.municipalities.size() == 1
            ? "kommune/" + text::Slugify(RealData().municipalities[village.municipalities[0]].name) + "/"
            : "by/" + village.slug + "/";
    CHECK(route->second == expected);
  }
  CHECK(lookup.by_key.size() <= names + index.villages.size());
}

TEST_CASE("villages route without JavaScript as the script answers them") {
  const auto index = BuildLookupIndex(RealData());
  const auto lookup = BuildNoScriptLookup(index, RealData());
  const auto letters = FirstLettersFor(kDanishLetters);
  CHECK(RouteOf(lookup, letters, "Tjørring") == "kommune/herning/");
  CHECK(RouteOf(lookup, letters, "spoerring") == "kommune/aarhus/");
  CHECK(RouteOf(lookup, letters, "Lindelse") == "kommune/langeland/");
  CHECK(RouteOf(lookup, letters, "KLINT") == "kommune/odsherred/");
  CHECK(RouteOf(lookup, letters, "Hundslev") == "by/hundslev/");
  CHECK(RouteOf(lookup, letters, "Hasle") == "kommune/bornholm/");  // the postal town, not Aarhus's village
}

TEST_CASE("the not-found list's letter is the query's, else the next one the list has") {
  const auto letters = FirstLettersFor(kDanishLetters);
  CHECK(letters.at("a") == "A");
  CHECK(letters.at("c") == "D");
  CHECK(letters.at("q") == "R");
  CHECK(letters.at("z") == "Å");
  CHECK(letters.at("æ") == "Å");
  CHECK(letters.at("å") == "Å");
  const auto english = FirstLettersFor({"A", "B", "M"});
  CHECK(english.at("z") == "M");  // nothing after: the last one before
  CHECK(FirstLettersFor({}).empty());
  CHECK(LetterSlug("Å") == "aa");
  CHECK(LetterSlug("Æ") == "ae");
  CHECK(LetterSlug("Ø") == "oe");
  CHECK(LetterSlug("R") == "r");
  CHECK(LetterSlug("Я").empty());
  CHECK(FirstLetterOf("  Østerbro") == "ø");
  CHECK(FirstLetterOf("ÅRHUS") == "å");
  CHECK(FirstLetterOf("Qwerty") == "q");
  CHECK(FirstLetterOf("8000").empty());
  CHECK(FirstLetterOf("Évian").empty());  // as nginx, which sees bytes
}

TEST_CASE("code ranges are blocks nginx can match with one pattern") {
  CHECK(ParseCodeRange("3900-3999").has_value());
  CHECK(ParseCodeRange("FO100-FO999")->prefix == "FO");
  CHECK(!ParseCodeRange("3900-3950"));  // not a block
  CHECK(!ParseCodeRange("FO100-999"));  // letters differ
  CHECK(!ParseCodeRange("3999-3900"));
  CHECK(!ParseCodeRange("39-3999"));
  CHECK(!ParseCodeRange("3900"));
  CHECK(!ParseCodeRange("F-O100-FO999"));
}
