#include "check/release_check.h"

#include <catch2/catch.hpp>

using namespace enindgang;

namespace {

LinkResult Result(std::string code, std::string url, LinkClass link_class, std::string reason, int line) {
  LinkResult result;
  result.municipality_code = std::move(code);
  result.column = "website";
  result.url = std::move(url);
  result.where = {"municipalities.csv", line, 50};
  result.link_class = link_class;
  result.reason = std::move(reason);
  return result;
}

std::vector<std::string> Formatted(const Diagnostics& diagnostics) {
  std::vector<std::string> lines;
  for (const auto& d : diagnostics.Sorted()) lines.push_back(d.Format());
  return lines;
}

}  // namespace

TEST_CASE("every error of a links report is an error at the URL's position and warnings and good links are not") {
  std::vector<LinkResult> report = {
      Result("101", "https://www.kk.dk/gone", LinkClass::kError, "404 Not Found", 2),
      Result("147", "https://www.frederiksberg.dk", LinkClass::kWarning, "302 to another host", 3),
      Result("151", "https://www.ballerup.dk", LinkClass::kGood, "200", 4),
      Result("", "https://example.dk/broken", LinkClass::kError, "DNS failure", 0),
  };
  report[3].where = {"content/da/om.md", 12, 7};
  report[3].column = "content";
  Diagnostics diagnostics;
  ReportLinkErrors(report, diagnostics);
  CHECK(Formatted(diagnostics) ==
        std::vector<std::string>{
            "content/da/om.md:12:7: error: link https://example.dk/broken does not work: DNS failure — correct or "
            "replace the address, then run enindgang links again",
            "municipalities.csv:2:50: error: link https://www.kk.dk/gone (municipality 101) does not work: 404 Not "
            "Found — correct or replace the address, then run enindgang links again"});
}

TEST_CASE("an empty links report adds nothing") {
  Diagnostics diagnostics;
  ReportLinkErrors({}, diagnostics);
  CHECK_FALSE(diagnostics.HasErrors());
  CHECK(diagnostics.Sorted().empty());
}
