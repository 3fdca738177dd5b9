// Whole-site tests of publish: and expires:, built with a fixed "now".
#include <catch2/catch.hpp>

#include "test_site.h"
#include "text/local_time.h"

using namespace enindgang;
using enindgang::testing::PageFile;
using enindgang::testing::TestSite;

namespace {

BuildOptions At(int year, int month, int day, int hour, int minute) {
  BuildOptions options;
  options.now_utc_ms = text::LocalToUtcMs({text::Date{year, month, day}, hour, minute, true});
  return options;
}

TestSite ScheduledNews() {
  return TestSite({
      {"content/da/nyheder/_index.md", PageFile("title: Nyheder\nlayout: list", "")},
      {"content/en/nyheder/_index.md", PageFile("title: News\nlayout: list", "")},
      {"content/da/nyheder/jul.md", PageFile("title: Julehjælp\ndate: 2026-12-01\npublish: 2026-12-01 08:00", "x\n")},
      {"content/en/nyheder/jul.md",
       PageFile("title: Christmas help\ndate: 2026-12-01\npublish: 2026-12-01 08:00", "x\n")},
      {"content/da/nyheder/kampagne.md", PageFile("title: Kampagne\ndate: 2026-11-01\nexpires: 2027-01-01", "x\n")},
  });
}

}  // namespace

TEST_CASE("a post with publish: appears in the feeds from that Danish time, not a minute before") {
  auto site = ScheduledNews();
  // Copenhagen is UTC+1 in December: 08:00 there is 07:00 UTC.
  REQUIRE(site.Build(At(2026, 12, 1, 7, 59)) == 0);
  CHECK_THAT(site.Read("nyheder/atom.xml"), !Catch::Contains("Julehjælp"));
  CHECK_THAT(site.Read("en/nyheder/atom.xml"), !Catch::Contains("Christmas help"));
  CHECK_FALSE(site.Exists("nyheder/jul/index.html"));
  CHECK_THAT(site.out(), Catch::Contains("held back: content/da/nyheder/jul.md (scheduled for 2026-12-01 08:00)"));
  CHECK_THAT(site.out(), Catch::Contains("held back: content/en/nyheder/jul.md (scheduled for 2026-12-01 08:00)"));

  REQUIRE(site.Build(At(2026, 12, 1, 8, 0)) == 0);
  CHECK_THAT(site.Read("nyheder/atom.xml"), Catch::Contains("<title>Julehjælp</title>"));
  CHECK_THAT(site.Read("en/nyheder/atom.xml"), Catch::Contains("<title>Christmas help</title>"));
  CHECK_THAT(site.out(), !Catch::Contains("held back: content/da/nyheder/jul.md"));
}

TEST_CASE("the fixed now is an instant: 07:00 UTC is 08:00 in Copenhagen") {
  auto site = ScheduledNews();
  BuildOptions options;
  options.now_utc_ms = text::LocalToUtcMs({text::Date{2026, 12, 1}, 7, 0, true}, "UTC");
  REQUIRE(site.Build(options) == 0);
  CHECK_THAT(site.Read("nyheder/atom.xml"), Catch::Contains("<title>Julehjælp</title>"));
}

TEST_CASE("an expired post disappears from the list, the feed and the site") {
  auto site = ScheduledNews();
  REQUIRE(site.Build(At(2026, 12, 31, 23, 59)) == 0);
  CHECK_THAT(site.Read("nyheder/atom.xml"), Catch::Contains("<title>Kampagne</title>"));
  CHECK(site.Exists("nyheder/kampagne/index.html"));

  REQUIRE(site.Build(At(2027, 1, 1, 0, 0)) == 0);
  CHECK_THAT(site.Read("nyheder/atom.xml"), !Catch::Contains("Kampagne"));
  CHECK_THAT(site.Read("nyheder/index.html"), !Catch::Contains("Kampagne"));
  CHECK_FALSE(site.Exists("nyheder/kampagne/index.html"));
  CHECK_THAT(site.out(), Catch::Contains("held back: content/da/nyheder/kampagne.md (expired 2027-01-01)"));
}

TEST_CASE("include_future shows scheduled posts and include_expired expired ones; drafts stay drafts") {
  auto site = ScheduledNews();
  site.Write({{"content/da/nyheder/kladde.md", PageFile("title: Kladde\ndate: 2026-11-02\ndraft: true", "x\n")}});
  auto options = At(2027, 6, 1, 12, 0);  // jul is published, kampagne has expired
  options.include_future = true;
  REQUIRE(site.Build(options) == 0);
  CHECK_THAT(site.Read("nyheder/atom.xml"), !Catch::Contains("Kampagne"));

  options = At(2026, 6, 1, 12, 0);
  options.include_future = true;
  REQUIRE(site.Build(options) == 0);
  CHECK_THAT(site.Read("nyheder/atom.xml"), Catch::Contains("<title>Julehjælp</title>"));
  CHECK_THAT(site.out(), Catch::Contains("held back: content/da/nyheder/kladde.md (draft)"));

  options = At(2027, 6, 1, 12, 0);
  options.include_expired = true;
  REQUIRE(site.Build(options) == 0);
  CHECK_THAT(site.Read("nyheder/atom.xml"), Catch::Contains("<title>Kampagne</title>"));
  CHECK_FALSE(site.Exists("nyheder/kladde/index.html"));
}

TEST_CASE("a today without a now builds as of the start of that day in Copenhagen") {
  auto site = ScheduledNews();
  BuildOptions options;
  options.today = text::Date{2026, 12, 1};
  REQUIRE(site.Build(options) == 0);
  CHECK_THAT(site.out(), Catch::Contains("(scheduled for 2026-12-01 08:00)"));
  options.today = text::Date{2026, 12, 2};
  REQUIRE(site.Build(options) == 0);
  CHECK_THAT(site.Read("nyheder/atom.xml"), Catch::Contains("<title>Julehjælp</title>"));
}

TEST_CASE("a fixed now also decides which dates are in the future") {
  TestSite site({{"content/da/nyheder/snart.md", PageFile("title: Snart\ndate: 2026-12-01", "x\n")}});
  REQUIRE(site.Build(At(2026, 11, 30, 23, 59)) == 0);
  CHECK_THAT(site.out(), Catch::Contains("held back: content/da/nyheder/snart.md (dated in the future)"));
  REQUIRE(site.Build(At(2026, 12, 1, 0, 0)) == 0);
  CHECK(site.Exists("nyheder/snart/index.html"));
}

TEST_CASE("publish and expires that are not a Danish date and time are errors with a hint") {
  TestSite site({{"content/da/a.md", PageFile("title: A\npublish: 1. december", "x\n")},
                 {"content/da/b.md", PageFile("title: B\nexpires: 2026-12-01T08:00", "x\n")},
                 {"content/da/c.md", PageFile("title: C\npublish: 2026-12-01 08:00\nexpires: 2026-12-01", "x\n")}});
  CHECK(site.Build() == 1);
  CHECK_THAT(
      site.errors(),
      Catch::Contains("content/da/a.md:3:10: error: publish '1. december' is not a date or a date and time — "
                      "write it as YYYY-MM-DD or YYYY-MM-DD HH:MM, Danish time, e.g. publish: 2026-12-01 08:00"));
  CHECK_THAT(site.errors(), Catch::Contains("content/da/b.md:3:10: error: expires '2026-12-01T08:00' is not a date"));
  CHECK_THAT(site.errors(),
             Catch::Contains("content/da/c.md:4:10: error: the page expires (2026-12-01) before it is published "
                             "(2026-12-01 08:00) — set expires: to a time after publish:"));
}
