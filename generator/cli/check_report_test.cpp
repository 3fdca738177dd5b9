#include "cli/check_report.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

#include "test_site.h"

using namespace enindgang;
using enindgang::testing::PageFile;
using enindgang::testing::TestSite;

namespace {

// Middelfart has a phone number but no source; Assens was verified long ago;
// Aarhus recently. Only Assens has an Én indgang URL.
const char* kMunicipalities =
    "code,name,region,website,enindgang_url,phone,email,sms,sms_text,opening_hours,acute_service,acute_phone,acute_"
    "when,aliases,source,verified\n"
    "410,Middelfart,Syddanmark,https://www.middelfart.dk,,88 88 48 00,,,,,,,,,,\n"
    "420,Assens,Syddanmark,https://www.assens.dk,https://www.assens.dk/boern,64 74 75 17,,,,,,,,,DAWA,2025-01-15\n"
    "751,Aarhus,Midtjylland,https://www.aarhus.dk,,,,,,,,,,Århus,DAWA,2026-05-01\n";

struct Run {
  int status;
  std::string out, err;
};

Run Check(TestSite& site, bool json) {
  BuildRequest request;
  request.source = site.path();
  request.options.today = text::Date{2026, 6, 24};
  std::ostringstream out, err;
  int status = RunCheckReport(request, json, out, err);
  UNSCOPED_INFO("out:\n" << out.str() << "err:\n" << err.str());
  return {status, out.str(), err.str()};
}

TestSite ReportSite() {
  return TestSite({
      {"municipalities.csv", kMunicipalities},
      {"content/da/index.md", PageFile("title: Hej\nlayout: landing", "Du kan få hjælp. Ring til os.\n")},
      {"content/da/rettigheder.md", PageFile("title: Dine rettigheder\norder: 1", "Du skal høres.\n")},
      {"content/da/om.md", PageFile("title: Om siden\naudience: adult", "Til voksne.\n")},
      {"content/en/index.md", PageFile("title: Hi\nlayout: landing\ntranslation: needs-review", "You can get help.\n")},
      {"content/en/rettigheder.md", PageFile("title: Your rights\ntranslation: reviewed", "You must be heard.\n")},
      {"i18n/da.yaml", "report_only_in_da: \"Kun på dansk\"\n"},
  });
}

}  // namespace

TEST_CASE("check reports data gaps, translations and LIX as plain-text tables") {
  auto site = ReportSite();
  auto run = Check(site, false);
  CHECK(run.status == 0);
  CHECK_THAT(run.out, Catch::Contains("Municipalities: 3\n"
                                      "  without an Én indgang URL: 2 of 3\n"
                                      "    Middelfart, Aarhus\n"
                                      "  with contact details: 3 of 3\n"
                                      "  never verified: 1 of 3\n"
                                      "    Middelfart\n"
                                      "  verified more than 180 days before 2026-06-24: 1 of 3\n"
                                      "    municipality  code  verified    days\n"
                                      "    Assens         420  2025-01-15   525\n"
                                      "  contact details without a source: 1 of 3\n"
                                      "    municipality  code  fields\n"
                                      "    Middelfart     410  phone\n"));
  CHECK_THAT(run.out, Catch::Contains("  language  pages  translated  fallback to da  needs review  UI strings\n"
                                      "  da            3           3               0             0  "));
  CHECK_THAT(run.out, Catch::Contains("\n  en            3           2               1             1  "));
  CHECK_THAT(run.out, Catch::Contains("\n  ar            3           0               3             0  "));
  CHECK_THAT(run.out, Catch::Contains("  UI strings of en need review: themes/default/i18n/en.yaml\n"));
  CHECK_THAT(run.out, Catch::Contains("  UI strings missing in en (shown in da):\n    report_only_in_da\n"));
  CHECK_THAT(run.out, Catch::Contains("  page                        LIX  words  sentences\n"
                                      "  content/da/index.md         2.7      8          3\n"
                                      "  content/da/rettigheder.md  22.5      5          2\n"));
  CHECK_THAT(run.out, !Catch::Contains("content/da/om.md"));  // for adults
  CHECK_THAT(run.out, Catch::Contains("0 errors, 4 warnings; nothing was written\n"));
  CHECK_THAT(run.err, Catch::Contains("municipalities.csv: warning: 2 of 3 municipalities have no Én indgang URL"));
  CHECK_THAT(run.err,
             Catch::Contains("municipalities.csv:2:1: warning: Middelfart has contact details (phone) but no source"));
  CHECK_THAT(run.err,
             Catch::Contains("municipalities.csv:2:75: warning: Middelfart (410): contact details never verified — "));
  CHECK_THAT(
      run.err,
      Catch::Contains("municipalities.csv:3:98: warning: Assens (420): contact details verified 2025-01-15, 525 days "
                      "before 2026-06-24 (limit 180) — "));
  CHECK_FALSE(site.Exists("index.html"));

  std::istringstream lines(run.out);
  for (std::string line; std::getline(lines, line);) {
    size_t width = 0;
    for (char c : line) width += (c & 0xC0) != 0x80;
    CHECK(width <= 100);
  }
}

TEST_CASE("check --json gives the same facts as one object") {
  auto site = ReportSite();
  auto run = Check(site, true);
  CHECK(run.status == 0);
  CHECK(run.err.empty());
  auto report = nlohmann::json::parse(run.out);
  CHECK(report["ok"] == true);
  CHECK(report["today"] == "2026-06-24");
  const auto& m = report["municipalities"];
  CHECK(m["count"] == 3);
  CHECK(m["without_enindgang_url"].size() == 2);
  CHECK(m["without_enindgang_url"][0] == nlohmann::json({{"code", "410"}, {"name", "Middelfart"}}));
  CHECK(m["with_contact_details"] == 3);
  CHECK(m["contact_without_source"][0]["fields"] == nlohmann::json({"phone"}));
  const auto& en = report["translations"]["languages"][1];
  CHECK(en["code"] == "en");
  CHECK(en["translated"] == 2);
  CHECK(en["fallback"] == 1);
  CHECK(en["needs_review"] == 1);
  const auto& ui = en["ui_strings"];
  CHECK(ui["missing"] == nlohmann::json({"report_only_in_da"}));
  CHECK(ui["present"].get<size_t>() + 1 == ui["expected"].get<size_t>());
  CHECK(ui["files_needing_review"] == nlohmann::json({"themes/default/i18n/en.yaml"}));
  const auto& pages = report["readability"]["pages"];
  REQUIRE(pages.size() == 2);
  CHECK(pages[0] == nlohmann::json({{"path", "content/da/index.md"}, {"lix", 2.7}, {"words", 8}, {"sentences", 3}}));
  CHECK(report["errors"].empty());
  CHECK(report["contact_max_age_days"] == 180);
  CHECK(report["stale_contacts"] == nlohmann::json::parse(R"([
    {"code": "410", "name": "Middelfart", "reason": "never_verified", "verified": null, "age_days": null,
     "line": 2, "column": 75},
    {"code": "420", "name": "Assens", "reason": "older_than_limit", "verified": "2025-01-15", "age_days": 525,
     "line": 3, "column": 98}])"));
  CHECK(report["warnings"].size() == 4);
  CHECK(report["warnings"][0].get<std::string>().starts_with("municipalities.csv: warning: "));
}

TEST_CASE("check exits 1 when the site has errors and lists them in both formats") {
  auto site = ReportSite();
  site.Write({{"content/da/brudt.md", PageFile("title: Brudt", "Se [siden](findes-ikke.md).\n")}});
  auto text = Check(site, false);
  CHECK(text.status == 1);
  CHECK_THAT(text.err, Catch::Contains("content/da/brudt.md:"));
  CHECK_THAT(text.err, Catch::Contains(": error: "));
  auto json = Check(site, true);
  CHECK(json.status == 1);
  auto report = nlohmann::json::parse(json.out);
  CHECK(report["ok"] == false);
  REQUIRE(report["errors"].size() >= 1);
  CHECK(report["errors"][0].get<std::string>().starts_with("content/da/brudt.md:"));
}

TEST_CASE("check exits 1 and still answers in JSON when the site cannot be loaded") {
  auto site = ReportSite();
  site.Write({{"site.yaml", "languages: []\n"}});
  auto json = Check(site, true);
  CHECK(json.status == 1);
  auto report = nlohmann::json::parse(json.out);
  CHECK(report["ok"] == false);
  CHECK_FALSE(report.contains("municipalities"));
  CHECK(report["errors"][0] ==
        "site.yaml:1:1: error: site.yaml lists no languages — add languages: with at least one entry (the first is the "
        "default)");
}

TEST_CASE("check measures the age of contact details against contact_max_age_days in site.yaml") {
  auto site = ReportSite();
  site.Write({{"site.yaml", std::string(enindgang::testing::kTwoLanguageConfig) + "contact_max_age_days: 525\n"}});
  auto run = Check(site, false);
  CHECK_THAT(run.out,
             Catch::Contains("  verified more than 525 days before 2026-06-24: 0 of 3\n"));  // Assens, exactly 525
  CHECK_THAT(run.err, !Catch::Contains("Assens (420)"));
  site.Write({{"site.yaml", std::string(enindgang::testing::kTwoLanguageConfig) + "contact_max_age_days: 30\n"}});
  auto json = nlohmann::json::parse(Check(site, true).out);
  REQUIRE(json["stale_contacts"].size() == 3);
  CHECK(json["stale_contacts"][2]["name"] == "Aarhus");
  CHECK(json["stale_contacts"][2]["age_days"] == 54);
}

TEST_CASE("check lists a verified date after today as a likely typo") {
  auto site = ReportSite();
  std::string rows = kMunicipalities;
  rows.replace(rows.find("2026-05-01"), 10, "2026-07-01");
  site.Write({{"municipalities.csv", rows}});
  auto run = Check(site, false);
  CHECK(run.status == 0);
  CHECK_THAT(run.out, Catch::Contains("  verified after 2026-06-24 (a typo?): 1 of 3\n"
                                      "    municipality  code  verified    days\n"
                                      "    Aarhus         751  2026-07-01     7\n"));
  CHECK_THAT(
      run.err,
      Catch::Contains(
          "municipalities.csv:4:66: warning: Aarhus (751): verified date 2026-07-01 is 7 days after 2026-06-24"));
  auto json = nlohmann::json::parse(Check(site, true).out);
  CHECK(json["stale_contacts"][2]["reason"] == "in_the_future");
  CHECK(json["stale_contacts"][2]["age_days"] == -7);
}

TEST_CASE("check keeps many never-verified rows readable and lists every one in JSON") {
  // 20 rows, none verified; one postcode for all (a postcode may span municipalities).
  std::string rows =
      "code,name,region,website,enindgang_url,phone,email,sms,sms_text,opening_hours,acute_service,"
      "acute_phone,acute_when,aliases,source,verified\n";
  std::string codes;
  for (int i = 1; i <= 20; ++i) {
    const std::string code = std::to_string(100 + i);
    rows +=
        code + ",By" + std::to_string(i) + ",Hovedstaden,https://by" + std::to_string(i) + ".example,,,,,,,,,,,DAWA,\n";
    codes += (codes.empty() ? "" : ";") + code;
  }
  auto site = ReportSite();
  site.Write(
      {{"municipalities.csv", rows}, {"postcodes.csv", "postcode,name,municipality_codes\n1000,By," + codes + "\n"}});
  auto run = Check(site, false);
  CHECK(run.status == 0);
  CHECK_THAT(run.out, Catch::Contains("  never verified: all 20\n  verified more than"));  // no list of every row
  CHECK_THAT(run.err, Catch::Contains("municipalities.csv:6:"));                           // the fifth row, By5
  CHECK_THAT(run.err, !Catch::Contains("municipalities.csv:7:"));
  CHECK_THAT(run.err,
             Catch::Contains("municipalities.csv: warning: … and 15 more rows with contact details never verified — "
                             "enindgang check --json lists every one\n"));
  CHECK_THAT(run.out, Catch::Contains("0 errors, 21 warnings (15 not shown; see --json); nothing was written\n"));
  auto json = nlohmann::json::parse(Check(site, true).out);
  CHECK(json["stale_contacts"].size() == 20);
  CHECK(json["warnings"].size() == 21);  // and "20 of 20 have no Én indgang URL"

  // One verified row: the others are listed by name, the first 16 of them.
  rows.replace(rows.find(",DAWA,\n"), 7, ",DAWA,2026-06-01\n");
  site.Write({{"municipalities.csv", rows}});
  run = Check(site, false);
  CHECK_THAT(run.out, Catch::Contains("  never verified: 19 of 20\n    By2, By3, "));
  CHECK_THAT(run.out, Catch::Contains(" By17,\n    … and 3 more (see --json)\n"));  // By18 to By20
}

TEST_CASE("check compares the street register with postcodes.csv: a few warnings per kind and a summary") {
  auto site = ReportSite();
  std::string register_postcodes = "postcode,municipality_code,streets\n5610,410,3\n5610,420,40\n8000,751,500\n";
  for (int i = 1; i <= 5; ++i) register_postcodes += "100" + std::to_string(i) + ",751,1\n";  // lines 5 to 9
  site.Write({{"street_register/villages.csv", "name,municipality_code,postcodes\n"},
              {"street_register/split_streets.csv", "postcode,municipality_code,street,numbers\n"},
              {"street_register/postcodes.csv", register_postcodes}});
  auto run = Check(site, false);
  CHECK(run.status == 0);
  CHECK_THAT(
      run.err,
      Catch::Contains("street_register/postcodes.csv:7:1: warning: postcode 1003 of municipality 751 (Aarhus) is in "
                      "the street register but not in postcodes.csv"));
  CHECK_THAT(run.err, !Catch::Contains("street_register/postcodes.csv:8:"));
  CHECK_THAT(run.err,
             Catch::Contains("street_register: warning: … and 2 more postcodes only in the street register — enindgang "
                             "check --json lists every one\n"));
  CHECK_THAT(run.out, Catch::Contains("  disagreement                                              rows\n"
                                      "  postcodes only in the street register                        5\n"
                                      "  postcodes only in postcodes.csv                              0\n"));
  auto json = nlohmann::json::parse(Check(site, true).out);
  CHECK(json["street_register"]["counts"]["postcode_only_in_register"] == 5);
  CHECK(json["street_register"]["disagreements"].size() == 5);
  CHECK(json["street_register"]["disagreements"][4]["line"] == 9);

  site.Write({{"street_register/postcodes.csv",
               "postcode,municipality_code,streets\n5610,410,3\n5610,420,40\n8000,751,500\n"}});
  run = Check(site, false);
  CHECK_THAT(run.out, Catch::Contains("compared with postcodes.csv and municipalities.csv\n  they agree\n"));
}

TEST_CASE("check says nothing about a street register the site does not have") {
  auto site = ReportSite();
  auto run = Check(site, false);
  CHECK_THAT(run.out, !Catch::Contains("Street register"));
  CHECK(nlohmann::json::parse(Check(site, true).out)["street_register"]["present"] == false);
}
