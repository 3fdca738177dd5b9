#include "check/street_register_check.h"

#include <catch2/catch.hpp>

#include "real_directory.h"

using namespace enindgang;

namespace {

Municipality Named(std::string code, std::string name) {
  Municipality m;
  m.code = std::move(code);
  m.name = std::move(name);
  return m;
}

Postcode Row(std::string code, std::string town, std::vector<std::string> codes, int line) {
  return {std::move(code), std::move(town), std::move(codes), {"postcodes.csv", line, 1}};
}

RegisterPostcode Pair(std::string postcode, std::string code, int streets, int line) {
  return {std::move(postcode), std::move(code), streets, {"street_register/postcodes.csv", line, 1}};
}

// Agreeing tables: 2640 in Høje-Taastrup and Greve, 4000 in Roskilde.
MunicipalityDirectory Agreeing() {
  MunicipalityDirectory d;
  d.municipalities = {Named("169", "Høje-Taastrup"), Named("253", "Greve"), Named("265", "Roskilde")};
  d.postcodes = {Row("2640", "Hedehusene", {"169", "253"}, 2), Row("4000", "Roskilde", {"265"}, 3)};
  d.street_register.present = true;
  d.street_register.folder = "street_register";
  d.street_register.postcodes = {Pair("2640", "169", 214, 2), Pair("2640", "253", 1, 3), Pair("4000", "265", 900, 4)};
  d.street_register.villages = {{"Reerslev", "169", {"2640"}, {"street_register/villages.csv", 2, 1}}};
  d.street_register.split_streets = {
      {"2640", "253", "Gjeddesdalsvej", {}, {"street_register/split_streets.csv", 2, 1}}};
  return d;
}

std::vector<RegisterFinding> Of(const std::vector<RegisterFinding>& all, RegisterDisagreement kind) {
  std::vector<RegisterFinding> found;
  for (const auto& f : all)
    if (f.kind == kind) found.push_back(f);
  return found;
}

}  // namespace

TEST_CASE("street register check: nothing when the register and postcodes.csv agree") {
  CHECK(CompareStreetRegister(Agreeing()).empty());
}

TEST_CASE("street register check: nothing when the site has no street register") {
  MunicipalityDirectory d = Agreeing();
  d.street_register = {};
  d.postcodes.push_back(Row("9999", "Nowhere", {"265"}, 4));
  CHECK(CompareStreetRegister(d).empty());
}

TEST_CASE("street register check: a postcode only in the register is reported once at its first row") {
  MunicipalityDirectory d = Agreeing();
  d.street_register.postcodes.push_back(Pair("1258", "169", 1, 5));
  d.street_register.postcodes.push_back(Pair("1258", "253", 1, 6));
  const auto found = CompareStreetRegister(d);
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == RegisterDisagreement::kPostcodeOnlyInRegister);
  CHECK(found[0].warning.severity == Severity::kWarning);
  CHECK(found[0].warning.Format() ==
        "street_register/postcodes.csv:5:1: warning: postcode 1258 of municipality 169 (Høje-Taastrup) is in the "
        "street register but not in postcodes.csv: a child who types it is not led to a municipality — add it to "
        "postcodes.csv with its town and municipality_codes if PostNord still uses it");
}

TEST_CASE("street register check: a postcode only in postcodes.csv is reported at its row") {
  MunicipalityDirectory d = Agreeing();
  d.postcodes.push_back(Row("4245", "Omø", {"265"}, 4));
  const auto found = CompareStreetRegister(d);
  REQUIRE(found.size() == 1);  // and not also its (postcode, municipality) pair
  CHECK(found[0].kind == RegisterDisagreement::kPostcodeOnlyInDirectory);
  CHECK(found[0].warning.where.path == "postcodes.csv");
  CHECK(found[0].warning.where.line == 4);
  CHECK(found[0].warning.message.find("postcode 4245 (Omø) is in postcodes.csv but not in the street register") == 0);
  CHECK(found[0].warning.hint.find("nothing to fix if PostNord lists it") == 0);
}

TEST_CASE("street register check: a municipality of a postcode only in the register") {
  MunicipalityDirectory d = Agreeing();
  d.postcodes[0].municipality_codes = {"169"};  // postcodes.csv forgets Greve
  const auto found = CompareStreetRegister(d);
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == RegisterDisagreement::kPairOnlyInRegister);
  CHECK(found[0].warning.Format() ==
        "street_register/postcodes.csv:3:1: warning: postcode 2640 has municipality 253 (Greve) in the street "
        "register (1 street) but not in postcodes.csv: the choice page will not offer Greve — add 253 to its "
        "municipality_codes if the register is right");
}

TEST_CASE("street register check: a municipality of a postcode only in postcodes.csv") {
  MunicipalityDirectory d = Agreeing();
  d.postcodes[1].municipality_codes = {"265", "169"};
  const auto found = CompareStreetRegister(d);
  REQUIRE(found.size() == 1);
  CHECK(found[0].kind == RegisterDisagreement::kPairOnlyInDirectory);
  CHECK(found[0].warning.where.path == "postcodes.csv");
  CHECK(found[0].warning.where.line == 3);
  CHECK(found[0].warning.message.find("postcode 4000 has municipality 169 (Høje-Taastrup) in postcodes.csv but not "
                                      "in the street register") == 0);
  CHECK(found[0].warning.hint.find("remove 169 from its municipality_codes") == 0);
}

TEST_CASE("street register check: a municipality code municipalities.csv lacks is reported once per code") {
  MunicipalityDirectory d = Agreeing();
  d.street_register.villages.push_back({"Ertholmene", "411", {"3760"}, {"street_register/villages.csv", 3, 1}});
  d.street_register.postcodes.push_back(
      Pair("2640", "411", 3, 5));  // not also as a pair: postcodes.csv cannot name 411
  d.street_register.split_streets.push_back({"2640", "411", "Havnen", {}, {"street_register/split_streets.csv", 3, 1}});
  d.street_register.split_streets.push_back({"2640", "999", "Ingen", {}, {"street_register/split_streets.csv", 4, 1}});
  const auto found = CompareStreetRegister(d);
  REQUIRE(found.size() == 2);
  CHECK(found[0].kind == RegisterDisagreement::kUnknownMunicipality);
  CHECK(found[0].warning.where.path == "street_register/villages.csv");
  CHECK(found[0].warning.where.line == 3);
  CHECK(found[0].warning.message.find("municipality 411 is in the street register but not in municipalities.csv") == 0);
  CHECK(found[1].warning.where.path == "street_register/split_streets.csv");
  CHECK(found[1].warning.where.line == 4);
}

TEST_CASE("street register check: findings come grouped by kind") {
  MunicipalityDirectory d = Agreeing();
  d.street_register.split_streets.push_back({"2640", "411", "Havnen", {}, {"street_register/split_streets.csv", 3, 1}});
  d.postcodes[1].municipality_codes = {"265", "169"};
  d.postcodes[0].municipality_codes = {"169"};
  d.postcodes.push_back(Row("4245", "Omø", {"265"}, 4));
  d.street_register.postcodes.push_back(Pair("1258", "169", 1, 5));
  const auto found = CompareStreetRegister(d);
  REQUIRE(found.size() == 5);
  for (int i = 0; i < 5; ++i) CHECK(static_cast<int>(found[i].kind) == i);
}

// The disagreements a quick comparison of the two files found (2026-12): the register
// is from 2015, postcodes.csv from DAWA (records up to 2023).
TEST_CASE("street register check: the real data disagrees where a comparison of the files says") {
  const auto found = CompareStreetRegister(testing::RealDirectory());
  auto has = [&](RegisterDisagreement kind, const std::string& path, int line, const std::string& start) {
    for (const auto& f : Of(found, kind))
      if (f.warning.where.path == path && f.warning.where.line == line && f.warning.message.find(start) == 0)
        return true;
    return false;
  };
  CHECK(has(RegisterDisagreement::kPostcodeOnlyInRegister, "street_register/postcodes.csv", 111, "postcode 1258 "));
  CHECK(has(RegisterDisagreement::kPostcodeOnlyInDirectory, "postcodes.csv", 603, "postcode 4245 "));
  CHECK(has(RegisterDisagreement::kPairOnlyInRegister, "street_register/postcodes.csv", 517,
            "postcode 2635 has municipality 169 (Høje-Taastrup)"));
  CHECK(has(RegisterDisagreement::kPairOnlyInDirectory, "postcodes.csv", 500,
            "postcode 2620 has municipality 151 (Ballerup)"));
  CHECK(has(RegisterDisagreement::kUnknownMunicipality, "street_register/postcodes.csv", 657, "municipality 411 "));
  // Christiansø's pair (3760, 411) is its unknown code, not a pair postcodes.csv should add.
  for (const auto& f : Of(found, RegisterDisagreement::kPairOnlyInRegister))
    CHECK_THAT(f.warning.message, !Catch::Contains("municipality 411"));
  CHECK(Of(found, RegisterDisagreement::kUnknownMunicipality).size() == 1);
  for (const auto& f : found) CHECK(f.warning.severity == Severity::kWarning);
}
