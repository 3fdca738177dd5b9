#include "render/lookup_json.h"

#include <catch2/catch.hpp>
#include <stdexcept>

using namespace enindgang;

namespace {

MunicipalityDirectory Small() {
  MunicipalityDirectory d;
  Municipality aarhus;
  aarhus.code = "751";
  aarhus.name = "Aarhus";
  aarhus.aliases = {"Århus", "\"Smilets by\""};
  Municipality odder;
  odder.code = "727";
  odder.name = "Odder";
  d.municipalities = {aarhus, odder};
  d.postcodes = {{"8000", "Aarhus C", {"751"}, {}}, {"8300", "Odder", {"727", "751"}, {}}};
  return d;
}

}  // namespace

TEST_CASE("the lookup index JSON is compact and names each municipality's page") {
  const auto d = Small();
  CHECK(LookupIndexJson(BuildLookupIndex(d), d, {"aarhus", "odder"}) ==
        R"({"e":[["8000 Aarhus C",0,[0]],["8300 Odder",0,[0,1]],["Aarhus",1,[0]],["Odder",1,[1]],)"
        R"(["Aarhus C",2,[0]],["Odder",2,[0,1]],["\"Smilets by\"",3,[0]]],)"
        R"("m":[["751","Aarhus","aarhus"],["727","Odder","odder"]],"s":[]})");
}

TEST_CASE("the lookup index JSON needs one slug per municipality") {
  const auto d = Small();
  CHECK_THROWS_AS(LookupIndexJson(BuildLookupIndex(d), d, {"aarhus"}), std::invalid_argument);
}
