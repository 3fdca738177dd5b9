#include "load/front_matter_schema.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

using namespace enindgang;

namespace {

std::optional<PageSource> Parse(const std::string& front_matter, Diagnostics& diagnostics) {
  return ParsePageSource("---\n" + front_matter + "\n---\nText.\n", "da", "side", "content/da/side.md", diagnostics);
}

PageSource ParseGood(const std::string& front_matter) {
  Diagnostics diagnostics;
  auto page = Parse(front_matter, diagnostics);
  for (const auto& d : diagnostics.Sorted()) UNSCOPED_INFO(d.Format());
  REQUIRE(page);
  return *page;
}

}  // namespace

TEST_CASE("the README's front matter table is the schema's") {
  std::ifstream file(std::string(ENINDGANG_SOURCE_DIR) + "/README.md");
  std::stringstream readme;
  readme << file.rdbuf();
  const std::string table = FrontMatterTable();
  INFO("paste this table into README.md under ### Front matter:\n" << table);
  CHECK_THAT(readme.str(), Catch::Contains(table));
}

TEST_CASE("every schema key is read and has its words") {
  std::set<std::string_view> names;
  for (const auto& key : FrontMatterSchema()) {
    CHECK(names.insert(key.name).second);
    CHECK(key.read);
    CHECK(key.scaffold);
    CHECK_FALSE(key.description.empty());
    CHECK(key.structure.empty() == (key.same == nullptr));
  }
}

TEST_CASE("role reads as an enum and an unknown role lists the valid ones") {
  CHECK(ParseGood("title: Rettigheder\nrole: rights").role == Role::kRights);
  CHECK(ParseGood("title: Trin\nrole: case-steps").role == Role::kCaseSteps);
  CHECK_FALSE(ParseGood("title: Om").role);
  Diagnostics diagnostics;
  CHECK_FALSE(Parse("title: Om\nrole: rigths", diagnostics));
  REQUIRE(diagnostics.Sorted().size() == 1);
  const std::string message = diagnostics.Sorted()[0].Format();
  INFO(message);
  CHECK_THAT(message, Catch::Contains("content/da/side.md:3:7: error: 'role' cannot be 'rigths'"));
  CHECK_THAT(message, Catch::Contains("rights"));
}

TEST_CASE("an unknown front matter key suggests the schema's closest key") {
  Diagnostics diagnostics;
  CHECK_FALSE(Parse("title: Om\nrol: rights", diagnostics));
  REQUIRE(diagnostics.Sorted().size() == 1);
  CHECK_THAT(diagnostics.Sorted()[0].Format(), Catch::Contains("did you mean 'role'?"));
}

TEST_CASE("a changed structure key is named and a body-only change is not") {
  const PageSource before = ParseGood("title: Om\norder: 1");
  CHECK_FALSE(ChangedStructure(before, ParseGood("title: Om\norder: 1\ntranslation: reviewed")));
  CHECK(ChangedStructure(before, ParseGood("title: Om\norder: 2")) == "order");
  CHECK(ChangedStructure(before, ParseGood("title: Om\norder: 1\nrole: rights")) == "role");
  CHECK(ChangedStructure(before, ParseGood("title: Om\norder: 1\npublish: 2026-01-01")) == "publish time");
  CHECK(ChangedStructure(before, ParseGood("title: Om\norder: 1\nlayout: steps")) == "layout");
}

TEST_CASE("an activity's times are read as Danish wall-clock times") {
  PageSource page = ParseGood(
      "title: Netværksmøde\nstarts: 2026-03-10 09:00\nends: 2026-03-10 15:30\ndeadline: 2026-03-01\n"
      "place: \"Odense Rådhus\"\nonline: false\nsignup_url: https://example.dk/tilmelding");
  REQUIRE(page.activity);
  CHECK(page.activity->starts.local == text::LocalDateTime{{2026, 3, 10}, 9, 0, true});
  CHECK(page.activity->starts.utc_ms == text::LocalToUtcMs({{2026, 3, 10}, 8, 0, true}, "UTC"));  // CET is UTC+1
  REQUIRE(page.activity->ends);
  CHECK(page.activity->ends->local.hour == 15);
  REQUIRE(page.activity->deadline);
  CHECK_FALSE(page.activity->deadline->local.has_time);
  CHECK(page.activity->place == "Odense Rådhus");
  CHECK(page.activity->signup_url == "https://example.dk/tilmelding");
  CHECK(page.activity->where.line == 3);
}

TEST_CASE("a page without starts: is no activity") { CHECK_FALSE(ParseGood("title: Ord").activity); }

TEST_CASE("an activity over a day's end: it is over at its end, or at the end of its starting day") {
  PageSource timed = ParseGood("title: A\nstarts: 2026-03-10 09:00\nends: 2026-03-11 12:00");
  CHECK(timed.activity->OverAtUtcMs() == timed.activity->ends->utc_ms);
  PageSource open = ParseGood("title: A\nstarts: 2026-03-10 09:00");
  CHECK(open.activity->OverAtUtcMs() == text::LocalToUtcMs({{2026, 3, 11}}));
}

TEST_CASE("activity times that cannot be are errors at their position") {
  auto errors = [](const std::string& front_matter) {
    Diagnostics diagnostics;
    CHECK_FALSE(Parse(front_matter, diagnostics));
    std::vector<std::string> found;
    for (const auto& d : diagnostics.Sorted()) found.push_back(d.Format());
    return found;
  };
  CHECK(errors("title: A\nstarts: 2026-13-01") ==
        std::vector<std::string>{
            "content/da/side.md:3:9: error: starts '2026-13-01' is not a date or a date and time — "
            "write it as YYYY-MM-DD or YYYY-MM-DD HH:MM, Danish time, e.g. starts: 2026-12-01 08:00"});
  CHECK(errors("title: A\nstarts: 2026-03-10 09:00\nends: 2026-03-10 09:00") ==
        std::vector<std::string>{
            "content/da/side.md:4:7: error: the activity's end (2026-03-10 09:00) is not after its start "
            "(2026-03-10 09:00) — set ends: to a time after starts:"});
  CHECK(errors("title: A\nstarts: 2026-03-10 09:00\ndeadline: 2026-03-10 09:01") ==
        std::vector<std::string>{
            "content/da/side.md:4:11: error: the deadline (2026-03-10 09:01) is after the activity "
            "starts (2026-03-10 09:00) — set deadline: to the last day to sign up or apply, before starts:"});
  CHECK(errors("title: A\nplace: Odense") ==
        std::vector<std::string>{"content/da/side.md:3:1: error: place: belongs to an activity, and the page has no "
                                 "starts: — add starts: YYYY-MM-DD HH:MM (Danish time), or remove place:"});
  CHECK(errors("title: A\nstarts: 2026-03-10\nsignup_url: http://example.dk") ==
        std::vector<std::string>{
            "content/da/side.md:4:13: error: signup_url 'http://example.dk' is not an https:// address — "
            "write the address of the sign-up page, e.g. signup_url: https://www.example.dk/tilmelding"});
}
