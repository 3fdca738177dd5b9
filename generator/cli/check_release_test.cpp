#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

#include "cli/check_report.h"
#include "test_site.h"

using namespace enindgang;
using enindgang::testing::PageFile;
using enindgang::testing::TestSite;

namespace {

struct Run {
  int status;
  std::string out, err;
};

Run CheckRelease(TestSite& site, bool json = false) {
  BuildRequest request;
  request.source = site.path();
  request.options.today = text::Date{2026, 6, 24};
  std::ostringstream out, err;
  int status = RunCheckReport(request, CheckOptions{json, true, {}, {}}, out, err);
  UNSCOPED_INFO("out:\n" << out.str() << "err:\n" << err.str());
  return {status, out.str(), err.str()};
}

const char* kLocalConfig =
    "base_url: \"http://localhost:8080\"\n"
    "quick_exit_url: https://www.dmi.dk/\n"
    "languages:\n"
    "  - {code: da, locale: da, endonym: Dansk, direction: ltr}\n"
    "  - {code: en, locale: en_GB, endonym: English, direction: ltr}\n";

std::map<std::string, std::string> Pages() {
  return {
      {"content/da/index.md", PageFile("title: Hej\nlayout: landing", "Du kan få hjælp. Ring til os.\n")},
      {"content/da/om.md",
       PageFile("title: Om siden\naudience: adult", "Til voksne.\n\nKontakt: **[INDSÆTTES FØR UDGIVELSE]**\n")},
      {"content/da/kladde.md", PageFile("title: Kladde\ndraft: true", "**[UDFYLDES]**\n")},
      {"content/en/index.md", PageFile("title: Hi\nlayout: landing\ntranslation: needs-review", "You can get help.\n")},
  };
}

}  // namespace

TEST_CASE("check --release fails on a placeholder and a local base_url each at its position") {
  auto files = Pages();
  files["site.yaml"] = kLocalConfig;
  TestSite site(files);
  auto run = CheckRelease(site);
  CHECK(run.status == 1);
  CHECK_THAT(run.err, Catch::Contains(
                          "content/da/om.md:7:12: error: template placeholder '[INDSÆTTES FØR UDGIVELSE]' must not be "
                          "published — write the real text in its place, or remove the sentence\n"));
  CHECK_THAT(run.err, Catch::Contains(
                          "site.yaml:1:11: error: base_url 'http://localhost:8080' cannot be published: it is on this "
                          "computer (localhost) and it uses http://, not https://"));
  CHECK_THAT(run.err, !Catch::Contains("kladde.md"));  // a draft is not published as it stands
  CHECK_THAT(run.err,
             Catch::Contains("content/en/index.md:4:1: warning: this translation is still marked needs-review"));
  CHECK_THAT(run.out, Catch::Contains("; not ready to publish: fix the errors above\n"));
}

TEST_CASE("check --release passes a site without placeholders on https and warns about rows never verified") {
  auto files = Pages();
  files["content/da/om.md"] = PageFile("title: Om siden\naudience: adult",
                                       "Kontakt: team@example.dk. Se [DAWA](https://dawadocs.dataforsyningen.dk).\n");
  TestSite site(files);
  auto run = CheckRelease(site);
  CHECK(run.status == 0);
  CHECK_THAT(run.err, !Catch::Contains(": error:"));
  CHECK_THAT(run.err, Catch::Contains(
                          "municipalities.csv: warning: 3 rows with contact details never verified (410, 420, 751)"));
  CHECK_THAT(run.out, Catch::Contains("; ready to publish\n"));
}

TEST_CASE("check --release --json says whether the site is ready and lists the release errors") {
  auto files = Pages();
  files["site.yaml"] = kLocalConfig;
  TestSite site(files);
  auto run = CheckRelease(site, true);
  CHECK(run.status == 1);
  auto report = nlohmann::json::parse(run.out);
  CHECK(report["ok"] == false);
  CHECK(report["release"]["ready"] == false);
  CHECK(report["errors"].size() == 2);
}

TEST_CASE("check without --release does not fail on placeholders") {
  auto files = Pages();
  files["site.yaml"] = kLocalConfig;
  TestSite site(files);
  BuildRequest request;
  request.source = site.path();
  std::ostringstream out, err;
  CHECK(RunCheckReport(request, false, out, err) == 0);
  CHECK_THAT(err.str(), !Catch::Contains("placeholder"));
}
