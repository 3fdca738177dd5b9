#include "links/discover.h"

#include <catch2/catch.hpp>

#include <sstream>

#include "links/discover_candidates.h"
#include "links/proposed_row.h"

using namespace enindgang;
using namespace enindgang::links;

namespace {

CsvTable Table(const std::string& csv) {
  Diagnostics diagnostics;
  auto table = ReadCsv(csv, "municipalities.csv", diagnostics);
  REQUIRE(table);
  return *table;
}

const std::string kCsv =
    "code,name,website,enindgang_url,source\n"
    "410,Middelfart,https://www.middelfart.dk,,\"DAWA, public list\"\n"
    "187,Vallensbæk,https://www.vallensbaek.dk,,DAWA\n";

Discovery Found(std::string code, std::string name, std::vector<ScoredPage> best) {
  Discovery discovery;
  discovery.target = {std::move(code), std::move(name), "https://www.x.dk"};
  discovery.best = std::move(best);
  discovery.pages_read = 7;
  return discovery;
}

}  // namespace

TEST_CASE("candidates are same-host pages once each and never the front page") {
  CandidatePages pages("https://www.middelfart.dk/");
  pages.AddLink({"https://www.middelfart.dk/", "Forside"});
  pages.AddLink({"https://www.middelfart.dk/affald", "Affald"});
  pages.AddLink({"https://www.other.dk/boern-og-unge", "Børn og unge"});
  pages.AddSitemapPage("https://www.middelfart.dk/borger/boern-og-unge/faa-hjaelp");
  pages.AddLink({"https://www.middelfart.dk/borger/boern-og-unge/faa-hjaelp/", "Få hjælp"});
  pages.AddSitemapPage("https://www.middelfart.dk/kontakt");
  const auto best = pages.Best(10);
  REQUIRE(best.size() == 3);
  CHECK(best[0].url == "https://www.middelfart.dk/borger/boern-og-unge/faa-hjaelp");
  CHECK(best[0].text == "Få hjælp");                         // the sitemap's entry learns the words that link to it
  CHECK(best[1].url == "https://www.middelfart.dk/affald");  // no promise: in the order seen
  CHECK(pages.Best(1).size() == 1);
}

TEST_CASE("a proposed row keeps the file's columns and changes only enindgang_url") {
  const ProposedRows rows(Table(kCsv));
  CHECK(rows.Header() == "code,name,website,enindgang_url,source");
  CHECK(rows.RowWith("410", "enindgang_url", "https://www.middelfart.dk/b") ==
        "410,Middelfart,https://www.middelfart.dk,https://www.middelfart.dk/b,\"DAWA, public list\"");
  CHECK(!rows.RowWith("999", "enindgang_url", "x"));
  CHECK(!rows.RowWith("410", "no_such_column", "x"));
  CHECK(CsvQuoted("say \"hi\"") == "\"say \"\"hi\"\"\"");
}

TEST_CASE("the report shows evidence and proposes only what scored") {
  PageEvidence evidence;
  evidence.score = 30;
  evidence.title = "Børn og unge – få hjælp";
  evidence.matched = {"under 18", "DinSide"};
  evidence.phones = {"70 20 30 40"};
  std::ostringstream out;
  PrintDiscoveries(
      {Found("410", "Middelfart", {{"https://www.middelfart.dk/b", evidence}}), Found("187", "Vallensbæk", {})},
      ProposedRows(Table(kCsv)), out);
  const std::string report = out.str();
  CHECK_THAT(report, Catch::Contains("Middelfart (410), https://www.x.dk: 1 candidate of 7 pages read"));
  CHECK_THAT(report, Catch::Contains("1. https://www.middelfart.dk/b  score 30"));
  CHECK_THAT(report, Catch::Contains("matched: under 18, DinSide"));
  CHECK_THAT(report, Catch::Contains("phones:  70 20 30 40"));
  CHECK_THAT(report, Catch::Contains("Vallensbæk (187), https://www.x.dk: nothing proposed"));
  CHECK_THAT(report, Catch::Contains("code,name,website,enindgang_url,source\n"
                                     "410,Middelfart,https://www.middelfart.dk,https://www.middelfart.dk/b,"));
  CHECK_THAT(report, !Catch::Contains("187,Vallensbæk"));
}

TEST_CASE("the report says how many candidate pages could not be read") {
  Discovery discovery = Found("187", "Vallensbæk", {});
  discovery.pages_failed = 2;
  std::ostringstream out;
  PrintDiscoveries({discovery}, ProposedRows(Table(kCsv)), out);
  CHECK_THAT(out.str(), Catch::Contains(
                            "could not read 2 candidate pages (timeout, error or 4xx/5xx): run again with --only 187"));
}

TEST_CASE("a run with no candidate anywhere says nothing is proposed") {
  std::ostringstream out;
  PrintDiscoveries({Found("187", "Vallensbæk", {})}, ProposedRows(Table(kCsv)), out);
  CHECK_THAT(out.str(), Catch::EndsWith("\nNothing proposed.\n"));
}
