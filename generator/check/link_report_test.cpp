#include "check/link_report.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "temp_dir.h"

using namespace enindgang;

namespace {

std::vector<LinkResult> Sample() {
  LinkResult moved;
  moved.municipality_code = "751";
  moved.column = "website";
  moved.url = "http://www.aarhus.dk";
  moved.where = {"municipalities.csv", 5, 30};
  moved.link_class = LinkClass::kWarning;
  moved.http_status = 200;
  moved.final_url = "https://www.aarhus.dk/";
  moved.redirects = {"https://www.aarhus.dk/"};
  moved.seconds = 0.25;
  moved.reason = "http → https: use https://www.aarhus.dk/ directly";
  moved.primary_ip = "127.0.0.1";
  LinkResult gone;
  gone.municipality_code = "101";
  gone.column = "enindgang_url";
  gone.url = "https://www.kk.dk/boern, \"unge\"";
  gone.link_class = LinkClass::kError;
  gone.http_status = 404;
  gone.reason = "404 Not Found";
  LinkResult fine;
  fine.municipality_code = "101";
  fine.column = "website";
  fine.url = "https://www.kk.dk/";
  return {fine, moved, gone};
}

}  // namespace

TEST_CASE("link report JSON reads back what was written") {
  auto results = Sample();
  testing::TempDir dir;
  std::ostringstream json;
  WriteLinkReportJson(results, "2026-12-02T12:00:00Z", json);
  dir.Write({{"links.json", json.str()}});
  Diagnostics d;
  auto read = ReadLinkReportJson((dir.path() / "links.json").string(), d);
  REQUIRE(read);
  REQUIRE(read->size() == 3);
  const LinkResult& moved = (*read)[1];
  CHECK(moved.municipality_code == "751");
  CHECK(moved.link_class == LinkClass::kWarning);
  CHECK(moved.where.path == "municipalities.csv");
  CHECK(moved.where.line == 5);
  CHECK(moved.where.column == 30);
  CHECK(moved.redirects == std::vector<std::string>{"https://www.aarhus.dk/"});
  CHECK(moved.seconds == Approx(0.25));
  CHECK(moved.reason == results[1].reason);
  CHECK((*read)[2].url == results[2].url);
  CHECK((*read)[2].http_status == 404);
  CHECK_FALSE(d.HasErrors());
}

TEST_CASE("link report reader names a file that is not a report") {
  testing::TempDir dir;
  dir.Write({{"bad.json", "[1, 2]"}, {"wrong.json", R"({"results": [{"class": "fine"}, {"http_status": "x"}]})"}});
  Diagnostics d;
  CHECK_FALSE(ReadLinkReportJson((dir.path() / "bad.json").string(), d));
  CHECK_FALSE(ReadLinkReportJson((dir.path() / "wrong.json").string(), d));
  CHECK_FALSE(ReadLinkReportJson((dir.path() / "missing.json").string(), d));
  auto found = d.Sorted();
  REQUIRE(found.size() == 4);
  std::string all;
  for (const auto& diagnostic : found) all += diagnostic.Format() + "\n";
  CHECK_THAT(all, Catch::Contains("not a links report"));
  CHECK_THAT(all, Catch::Contains("results[0].class is \"fine\""));
  CHECK_THAT(all, Catch::Contains("results[1].http_status has the wrong type"));
  CHECK_THAT(all, Catch::Contains("cannot read the links report"));
}

TEST_CASE("link report CSV quotes as RFC 4180 and joins the chain") {
  std::ostringstream csv;
  WriteLinkReportCsv(Sample(), csv);
  std::string text = csv.str();
  CHECK(text.rfind("municipality_code,column,url,class,http_status,final_url,redirects,seconds,reason", 0) == 0);
  CHECK_THAT(text, Catch::Contains("\"https://www.kk.dk/boern, \"\"unge\"\"\",error,404"));
  CHECK_THAT(text,
             Catch::Contains(
                 "751,website,http://www.aarhus.dk,warning,200,https://www.aarhus.dk/,https://www.aarhus.dk/,0.250,"));
  CHECK_THAT(text, Catch::Contains("\r\n"));
}

TEST_CASE("SortWorstFirst puts errors then warnings then good by code and column") {
  auto results = Sample();
  SortWorstFirst(results);
  CHECK(results[0].link_class == LinkClass::kError);
  CHECK(results[1].link_class == LinkClass::kWarning);
  CHECK(results[2].link_class == LinkClass::kGood);
  CHECK(ParseLinkClass("warning") == LinkClass::kWarning);
  CHECK_FALSE(ParseLinkClass("bad"));
}
