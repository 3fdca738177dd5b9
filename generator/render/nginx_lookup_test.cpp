#include "render/nginx_lookup.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "model/lookup_match.h"

using namespace enindgang;

namespace {

bool Has(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

TEST_CASE("a name is listed in the spellings a child types, percent-encoded as a form sends them") {
  const auto aarhus = RawQueriesFor("Aarhus");
  CHECK(Has(aarhus, "Aarhus"));
  CHECK(Has(aarhus, "%C3%85rhus"));  // Århus
  CHECK(Has(aarhus, "%C3%A5rhus"));  // århus; ÅRHUS is Århus with ASCII case ignored, as nginx compares
  CHECK(!Has(aarhus, "aarhus"));     // the same key as Aarhus to nginx
  const auto hoeje = RawQueriesFor("Høje-Taastrup");
  CHECK(Has(hoeje, "H%C3%B8je-Taastrup"));
  CHECK(Has(hoeje, "H%C3%B8je+Taastrup"));
  CHECK(Has(hoeje, "Hoeje-Taastrup"));
  CHECK(Has(hoeje, "Hoje+Taastrup"));
  CHECK(Has(hoeje, "H%C3%98JE-TAASTRUP"));
  CHECK(Has(hoeje, "H%C3%B8je-T%C3%A5strup"));
  // Every spelling folds to the name's key: none that the script would not find.
  for (const auto& raw : hoeje) CHECK(raw.find_first_of("\"; {}$\\") == std::string::npos);
  CHECK(RawQueriesFor("Odense C") == std::vector<std::string>{"Odense+C", "Odense-C"});
}

TEST_CASE("the maps hold only generated keys and paths, and read the trimmed query") {
  NoScriptRoutes routes;
  routes.lookup.names = {"Aarhus", "Default"};
  routes.lookup.by_key = {{LookupKey("Aarhus"), "kommune/aarhus/"}, {LookupKey("Default"), "kommune/default/"}};
  routes.lookup.by_postcode = {{"8000", "postnummer/8000/"}};
  SpecialPlace greenland;
  greenland.slug = "groenland";
  greenland.names = {"Nuuk"};
  greenland.codes = {*ParseCodeRange("3900-3999")};
  SpecialPlace faroes;
  faroes.slug = "faeroeerne";
  faroes.codes = {*ParseCodeRange("FO100-FO999")};
  routes.lookup.special_places = {greenland, faroes};
  routes.letters_by_prefix[""] = {{"a", "A"}, {"q", "Å"}, {"å", "Å"}};
  const std::string maps = RenderNginxLookupMaps(routes, {"", "/en"});
  CHECK_THAT(maps, Catch::Contains("map $arg_q $enindgang_q {"));
  CHECK_THAT(maps, Catch::Contains("    8000 postnummer/8000/;\n"));
  CHECK_THAT(maps, Catch::Contains("    \"~^39[0-9][0-9]$\" steder/groenland/;\n"));
  CHECK_THAT(maps, Catch::Contains("    \"~*^FO(?:\\+|%20|-)?[1-9][0-9][0-9](?:[^0-9]|$)\" steder/faeroeerne/;\n"));
  CHECK_THAT(maps, Catch::Contains("    \"Aarhus\" kommune/aarhus/;\n"));
  CHECK_THAT(maps, Catch::Contains("    \"\\Default\" kommune/default/;\n"));  // map's own word, escaped
  CHECK_THAT(maps, Catch::Contains("    \"Nuuk\" steder/groenland/;\n"));
  CHECK_THAT(maps, Catch::Contains("    \"~*^q\" aa/;\n"));
  CHECK_THAT(maps, Catch::Contains("    \"~*^(?:%C3%A5|%C3%85)\" aa/;\n"));
  CHECK_THAT(maps, Catch::Contains("map \"$enindgang_postcode_route|$enindgang_name_route\" $enindgang_route_da {"));
  CHECK_THAT(maps, Catch::Contains("$enindgang_route_en {"));
  CHECK_THAT(maps, Catch::Contains("    default kommune/ikke-fundet/$enindgang_letter_en;\n"));
  // The raw query is only ever a map's source: every value is a generated path, a capture or a route.
  CHECK(maps.find("$arg_q") == maps.find("map $arg_q $enindgang_q {") + 4);
  CHECK(maps.find("$arg_q", maps.find("$arg_q") + 1) == std::string::npos);
}
