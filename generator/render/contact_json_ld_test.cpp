#include "render/contact_json_ld.h"

#include <catch2/catch.hpp>

#include "render/script_block.h"

using namespace enindgang;
using nlohmann::json;

namespace {

Municipality Hillerod() {
  Municipality m;
  m.code = "219";
  m.name = "Hillerød";
  m.website = "https://www.hillerod.dk";
  m.phone = "7232 5586";
  m.acute_service = "Døgnvagten via politiet";
  m.acute_phone = "114";
  m.acute_when = AcuteWhen::kClosed;
  return m;
}

constexpr int H(int hour, int minute = 0) { return hour * 60 + minute; }

// Mo-Tu 10:00-14:00; Th 10:00-17:00; Fr 10:00-12:00 (Wednesday closed).
RegularWeek HillerodWeek() {
  RegularWeek week;
  week[0] = week[1] = {{H(10), H(14)}};
  week[3] = {{H(10), H(17)}};
  week[4] = {{H(10), H(12)}};
  return week;
}

const json& ContactOfType(const json& ld, const std::string& type) {
  for (const json& contact : ld["contactPoint"])
    if (contact["contactType"] == type) return contact;
  FAIL("no contactPoint of type " << type);
  static const json none;
  return none;
}

std::string Day(const char* name) { return std::string("https://schema.org/") + name; }

}  // namespace

TEST_CASE("a municipality is a GovernmentOrganization with its children's contact, acute route, 116 111 and 112") {
  const json ld = ContactJsonLd(Hillerod(), HillerodWeek(), "Når kommunen har lukket");
  CHECK(ld["@context"] == "https://schema.org");
  CHECK(ld["@type"] == "GovernmentOrganization");
  CHECK(ld["name"] == "Hillerød Kommune");
  CHECK(ld["url"] == "https://www.hillerod.dk");
  CHECK(ld["areaServed"] == json{{"@type", "AdministrativeArea"}, {"name", "Hillerød Kommune"}});
  REQUIRE(ld["contactPoint"].size() == 4);

  const json& own = ContactOfType(ld, "children and young people");
  CHECK(own["@type"] == "ContactPoint");
  CHECK(own["telephone"] == "+4572325586");
  CHECK(own["availableLanguage"] == "da");
  CHECK_FALSE(own.contains("email"));

  const json& acute = ContactOfType(ld, "out of hours");
  CHECK(acute["telephone"] == "114");
  CHECK(acute["name"] == "Døgnvagten via politiet");
  CHECK(acute["description"] == "Når kommunen har lukket");
  CHECK_FALSE(acute.contains("hoursAvailable"));

  const json& helpline = ContactOfType(ld, "children's helpline");
  CHECK(helpline["name"] == "BørneTelefonen");
  CHECK(helpline["telephone"] == "116111");
  CHECK(helpline["hoursAvailable"] == json::array({{{"@type", "OpeningHoursSpecification"},
                                                    {"dayOfWeek",
                                                     {Day("Monday"), Day("Tuesday"), Day("Wednesday"), Day("Thursday"),
                                                      Day("Friday"), Day("Saturday"), Day("Sunday")}},
                                                    {"opens", "00:00"},
                                                    {"closes", "23:59"}}}));

  const json& emergency = ContactOfType(ld, "emergency");
  CHECK(emergency["telephone"] == "112");
  CHECK_FALSE(emergency.contains("hoursAvailable"));
}

TEST_CASE("the week becomes one OpeningHoursSpecification per range for the days that share it") {
  const json hours =
      ContactOfType(ContactJsonLd(Hillerod(), HillerodWeek()), "children and young people")["hoursAvailable"];
  REQUIRE(hours.size() == 3);
  CHECK(hours[0]["dayOfWeek"] == json{Day("Monday"), Day("Tuesday")});
  CHECK(hours[0]["opens"] == "10:00");
  CHECK(hours[0]["closes"] == "14:00");
  CHECK(hours[1]["dayOfWeek"] == json{Day("Thursday")});
  CHECK(hours[1]["closes"] == "17:00");
  CHECK(hours[2]["dayOfWeek"] == json{Day("Friday")});
  CHECK(hours[2]["closes"] == "12:00");

  RegularWeek split;  // Th 10:00-17:00,18:00-19:30; Sa 09:15-24:00
  split[3] = {{H(10), H(17)}, {H(18), H(19, 30)}};
  split[5] = {{H(9, 15), H(24)}};
  const json two = HoursAvailable(split);
  REQUIRE(two.size() == 3);
  CHECK(two[0]["opens"] == "10:00");
  CHECK(two[1]["opens"] == "18:00");
  CHECK(two[1]["closes"] == "19:30");
  CHECK(two[1]["dayOfWeek"] == json{Day("Thursday")});
  CHECK(two[2]["opens"] == "09:15");
  CHECK(two[2]["closes"] == "23:59");
}

TEST_CASE("what the CSV does not hold is not said") {
  Municipality bare;
  bare.code = "147";
  bare.name = "Frederiksberg";
  bare.website = "https://www.frederiksberg.dk";
  const json ld = ContactJsonLd(bare, HillerodWeek());
  // No phone or e-mail: no children's contact, and so no hours; no acute phone: no acute route.
  REQUIRE(ld["contactPoint"].size() == 2);
  CHECK(ld["contactPoint"][0]["contactType"] == "children's helpline");
  CHECK(ld["contactPoint"][1]["contactType"] == "emergency");

  bare.website.clear();
  CHECK_FALSE(ContactJsonLd(bare, {}).contains("url"));

  Municipality hillerod = Hillerod();
  CHECK_FALSE(ContactOfType(ContactJsonLd(hillerod, {}), "children and young people").contains("hoursAvailable"));
  hillerod.acute_service.clear();
  const json ld_bare = ContactJsonLd(hillerod, {});
  const json& acute = ContactOfType(ld_bare, "out of hours");
  CHECK_FALSE(acute.contains("name"));
  CHECK_FALSE(acute.contains("description"));
}

TEST_CASE("an e-mail alone makes a children's contact without a telephone") {
  Municipality m;
  m.name = "Læsø";
  m.email = "kommune@laesoe.dk";
  const json ld = ContactJsonLd(m, {});
  const json& own = ContactOfType(ld, "children and young people");
  CHECK(own["email"] == "kommune@laesoe.dk");
  CHECK_FALSE(own.contains("telephone"));
}

TEST_CASE("a long form among the aliases is the official name") {
  Municipality m;
  m.name = "Bornholm";
  m.aliases = {"Bornholms Regionskommune"};
  CHECK(ContactJsonLd(m, {})["name"] == "Bornholms Regionskommune");
  m.aliases = {"Ålborg"};
  m.name = "Aalborg";
  CHECK(ContactJsonLd(m, {})["name"] == "Aalborg Kommune");
}

TEST_CASE("a value with </script> cannot end the data block") {
  Municipality m = Hillerod();
  m.acute_service = "</script><script>alert(1)</script> & <!-- co";
  const std::string text = JsonForScriptBlock(ContactJsonLd(m, {}));
  CHECK_THAT(text, !Catch::Contains("<"));
  CHECK_THAT(text, !Catch::Contains(">"));
  CHECK_THAT(text, !Catch::Contains("&"));
  CHECK_THAT(text, Catch::Contains(
                       "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u003c!-- co"));
  // The same value to a JSON reader.
  CHECK(ContactOfType(json::parse(text), "out of hours")["name"] == m.acute_service);
}
