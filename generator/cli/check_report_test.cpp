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
    "code,name,region,website,enindgang_url,phone,email,sms,sms_text,opening_hours,acute_service,acute_phone,acute_when,aliases,source,verified\n"
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

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("check reports data gaps, translations and LIX as plain-text tables") {
  auto site = ReportSite();
  auto run = Check(site, false);
  CHECK(run.status == 0);
  CHECK(Has(run.out, "Municipalities: 3\n"
                     "  without an Én indgang URL: 2 of 3\n"
                     "    Middelfart, Aarhus\n"
                     "  never verified: 1 of 3\n"
                     "    Middelfart\n"
                     "  verified more than 12 months before 2026-06-24: 1 of 3\n"
                     "    municipality  code  verified\n"
                     "    Assens         420  2025-01-15\n"
                     "  contact details without a source: 1 of 3\n"
                     "    municipality  code  fields\n"
                     "    Middelfart     410  phone\n"));
  CHECK(Has(run.out, "  language  pages  translated  fallback to da  needs review  UI strings\n"
                     "  da            3           3               0             0  "));
  CHECK(Has(run.out, "\n  en            3           2               1             1  "));
  CHECK(Has(run.out, "\n  ar            3           0               3             0  "));
  CHECK(Has(run.out, "  UI strings of en need review: themes/default/i18n/en.yaml\n"));
  CHECK(Has(run.out, "  UI strings missing in en (shown in da):\n    report_only_in_da\n"));
  CHECK(Has(run.out, "  page                        LIX  words  sentences\n"
                     "  content/da/index.md         2.7      8          3\n"
                     "  content/da/rettigheder.md  22.5      5          2\n"));
  CHECK_FALSE(Has(run.out, "content/da/om.md"));  // for adults
  CHECK(Has(run.out, "0 errors, 3 warnings; nothing was written\n"));
  CHECK(Has(run.err, "municipalities.csv: warning: 2 of 3 municipalities have no Én indgang URL"));
  CHECK(Has(run.err, "municipalities.csv:2:1: warning: Middelfart has contact details (phone) but no source"));
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
  CHECK(m["verified_over_12_months_ago"][0]["verified"] == "2025-01-15");
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
  CHECK(report["warnings"].size() == 3);
  CHECK(report["warnings"][0].get<std::string>().starts_with("municipalities.csv: warning: "));
}

TEST_CASE("check exits 1 when the site has errors and lists them in both formats") {
  auto site = ReportSite();
  site.Write({{"content/da/brudt.md", PageFile("title: Brudt", "Se [siden](findes-ikke.md).\n")}});
  auto text = Check(site, false);
  CHECK(text.status == 1);
  CHECK(Has(text.err, "content/da/brudt.md:"));
  CHECK(Has(text.err, ": error: "));
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
  CHECK(report["errors"][0] == "site.yaml:1:1: error: site.yaml lists no languages — add languages: with at least one entry (the first is the default)");
}
