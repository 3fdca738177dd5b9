#include "cli/links_command.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "check/link_report.h"
#include "cli/check_report.h"
#include "test_site.h"

using namespace enindgang;
using enindgang::testing::PageFile;
using enindgang::testing::TestSite;

namespace {

// Real https:// names (the site accepts no other), each sent by --connect-to
// to port 1 of 127.0.0.1, where nothing listens: every request is refused and
// none leaves the machine. The fixture web of HTTPS answers is in tests/.
TestSite LinksSite() {
  return TestSite({{"municipalities.csv",
                    "code,name,region,website,enindgang_url,phone,email,sms,sms_text,opening_hours,acute_service,acute_"
                    "phone,acute_when,aliases,source,verified\n"
                    "410,Middelfart,Syddanmark,https://www.middelfart.dk,,,,,,,,,,,,\n"
                    "420,Assens,Syddanmark,https://www.assens.dk,,,,,,,,,,,,\n"
                    "751,Aarhus,Midtjylland,https://www.aarhus.dk,https://www.aarhus.dk/boern,,,,,,,,,,,\n"},
                   {"content/da/index.md", PageFile("title: Hej\nlayout: landing", "Hej.\n")}});
}

LinksRequest Request(const TestSite& site) {
  LinksRequest request;
  request.source = site.path();
  request.connect_to = {"www.middelfart.dk:443:127.0.0.1:1", "www.assens.dk:443:127.0.0.1:1",
                        "www.aarhus.dk:443:127.0.0.1:1"};
  request.timeout_seconds = 3;
  return request;
}

}  // namespace

TEST_CASE("links prints a table worst first and writes a JSON report") {
  TestSite site = LinksSite();
  LinksRequest request = Request(site);
  request.json_path = (site.path() / "links.json").string();
  std::ostringstream out, err;
  CHECK(RunLinks(request, "test", out, err) == 0);
  INFO(out.str() << err.str());
  std::string table = out.str();
  CHECK_THAT(
      table,
      Catch::Contains(
          "error   410   Middelfart  website        -     connection refused by www… https://www.middelfart.dk\n"));
  CHECK_THAT(table, Catch::Contains("0 good, 0 warnings, 4 errors"));
  CHECK_THAT(err.str(), Catch::Contains("checked 4 of 4"));
  std::istringstream lines(table);
  for (std::string line; std::getline(lines, line);) {
    size_t points = 0;
    for (unsigned char c : line) points += (c & 0xC0) != 0x80;
    CHECK(points <= 100);
  }
  Diagnostics d;
  auto report = ReadLinkReportJson(request.json_path, d);
  REQUIRE(report);
  REQUIRE(report->size() == 4);
  CHECK((*report)[2].municipality_code == "751");
  CHECK((*report)[2].column == "enindgang_url");
  CHECK((*report)[2].where.path == "municipalities.csv");
  CHECK((*report)[2].where.line == 4);
  CHECK((*report)[2].where.column == 46);
  CHECK((*report)[2].reason == "connection refused by www.aarhus.dk");
  request.strict = true;
  CHECK(RunLinks(request, "test", out, err) == 1);
}

TEST_CASE("check --online adds link errors at the address's position") {
  TestSite site = LinksSite();
  LinksRequest links = Request(site);
  BuildRequest build;
  build.source = site.path();
  std::ostringstream out, err;
  CheckOptions options;
  options.online = [&](const Site& loaded, Diagnostics& diagnostics) {
    AddLinkDiagnostics(loaded, links, "test", diagnostics, err);
  };
  CHECK(RunCheckReport(build, options, out, err) == 1);
  CHECK_THAT(err.str(),
             Catch::Contains("municipalities.csv:4:24: error: website https://www.aarhus.dk: connection refused by "
                             "www.aarhus.dk — correct the address"));
}

TEST_CASE("check --release --links-report fails on the errors a links report holds") {
  TestSite site = LinksSite();
  LinksRequest request = Request(site);
  request.json_path = (site.path() / "links.json").string();
  std::ostringstream out, err;
  REQUIRE(RunLinks(request, "test", out, err) == 0);
  BuildRequest build;
  build.source = site.path();
  std::ostringstream release_out, release_err;
  CHECK(RunCheckReport(build, CheckOptions{false, true, request.json_path, {}}, release_out, release_err) == 1);
  INFO(release_err.str());
  CHECK_THAT(release_err.str(), Catch::Contains("municipalities.csv:4:46: error: link https://www.aarhus.dk/boern"));
  CHECK_THAT(release_err.str(), Catch::Contains("connection refused by www.aarhus.dk"));
}
