// Activities (issue 19): the activities page and its calendar, built from inline sites.
#include <libical/ical.h>

#include <catch2/catch.hpp>

#include "cli/build_command.h"
#include "test_site.h"

using namespace enindgang;
using enindgang::testing::PageFile;
using enindgang::testing::TestSite;

namespace {

TestSite ActivitySite() {
  return TestSite({
      {"content/da/index.md", PageFile("title: Forside\nlayout: landing", "Hej.\n")},
      {"content/da/aktiviteter/_index.md", PageFile("title: Aktiviteter\nlayout: activities", "Det sker.\n")},
      {"content/da/aktiviteter/moede.md",
       PageFile("title: Netværksmøde\ndescription: Del erfaringer.\naudience: adult\nstarts: 2026-03-10 09:00\n"
                "ends: 2026-03-10 15:30\ndeadline: 2026-03-01\nplace: \"Odense\"",
                "Et møde.\n")},
      {"content/da/aktiviteter/webinar.md",
       PageFile("title: Webinar\naudience: adult\nstarts: 2026-01-20\nonline: true", "Et webinar.\n")},
  });
}

BuildOptions AsOf(const std::string& now) {
  BuildOptions options;
  options.now_utc_ms = text::LocalToUtcMs(*text::ParseLocalDateTime(now));
  return options;
}

struct Parsed {
  explicit Parsed(const std::string& text) : calendar(icalparser_parse_string(text.c_str())) {}
  ~Parsed() {
    if (calendar) icalcomponent_free(calendar);
  }
  icalcomponent* calendar;
};

}  // namespace

TEST_CASE("an activities page lists coming activities soonest first and archives the past ones") {
  auto site = ActivitySite();
  REQUIRE(site.Build(AsOf("2026-02-01 12:00")) == 0);
  const std::string page = site.Read("aktiviteter/index.html");
  const auto past = page.find("id=\"past\"");
  REQUIRE(past != std::string::npos);
  CHECK(page.find("/aktiviteter/moede/") < past);    // coming
  CHECK(page.find("/aktiviteter/webinar/") > past);  // over on 20 January
  CHECK_THAT(page, Catch::Contains("<time datetime=\"2026-03-10T09:00\">10. marts 2026 kl. 09:00</time>"));
  CHECK_THAT(page, Catch::Contains("Tilmeld dig senest 1. marts 2026"));
  CHECK_THAT(page, Catch::Contains("Sted: Odense"));
  CHECK_THAT(page, Catch::Contains("href=\"/aktiviteter/aktiviteter.ics\""));
  // The activity's own page shows when and where too.
  CHECK_THAT(site.Read("aktiviteter/moede/index.html"), Catch::Contains("Sted: Odense"));
}

TEST_CASE("once the meeting is over, nothing is coming and the page says so") {
  auto site = ActivitySite();
  REQUIRE(site.Build(AsOf("2026-03-10 15:30")) == 0);
  const std::string page = site.Read("aktiviteter/index.html");
  CHECK_THAT(page, Catch::Contains("Der er ikke noget på listen lige nu."));
  CHECK(page.find("/aktiviteter/moede/") > page.find("id=\"past\""));
}

TEST_CASE("the calendar is iCalendar that libical reads back, in Copenhagen time, the same for the same clock") {
  auto site = ActivitySite();
  REQUIRE(site.Build(AsOf("2026-02-01 12:00")) == 0);
  const std::string text = site.Read("aktiviteter/aktiviteter.ics");
  Parsed parsed(text);
  REQUIRE(parsed.calendar);
  CHECK(icalcomponent_count_errors(parsed.calendar) == 0);
  CHECK(icalcomponent_count_components(parsed.calendar, ICAL_VEVENT_COMPONENT) == 3);  // two activities, one deadline
  icalcomponent* zone = icalcomponent_get_first_component(parsed.calendar, ICAL_VTIMEZONE_COMPONENT);
  REQUIRE(zone);
  CHECK(std::string(icalproperty_get_tzid(icalcomponent_get_first_property(zone, ICAL_TZID_PROPERTY))) ==
        "Europe/Copenhagen");
  bool found_meeting = false;
  for (icalcomponent* e = icalcomponent_get_first_component(parsed.calendar, ICAL_VEVENT_COMPONENT); e;
       e = icalcomponent_get_next_component(parsed.calendar, ICAL_VEVENT_COMPONENT)) {
    if (std::string(icalcomponent_get_uid(e)) != "da/aktiviteter/moede@example.test") continue;
    found_meeting = true;
    icalproperty* start = icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY);
    CHECK(std::string(icalparameter_get_tzid(icalproperty_get_first_parameter(start, ICAL_TZID_PARAMETER))) ==
          "Europe/Copenhagen");
    icaltimetype t = icalproperty_get_dtstart(start);
    CHECK((t.year == 2026 && t.month == 3 && t.day == 10 && t.hour == 9 && t.minute == 0));
    CHECK(std::string(icalcomponent_get_location(e)) == "Odense");
    CHECK(std::string(icalcomponent_get_description(e)) == "Del erfaringer.");
  }
  CHECK(found_meeting);
  REQUIRE(site.Build(AsOf("2026-02-01 12:00")) == 0);
  CHECK(site.Read("aktiviteter/aktiviteter.ics") == text);  // nothing but the sources and the clock decide it
}

TEST_CASE("a malformed activity date stops the build at its position and leaves the site as it was") {
  auto site = ActivitySite();
  REQUIRE(site.Build(AsOf("2026-02-01 12:00")) == 0);
  const std::string before = site.Read("aktiviteter/index.html");
  site.Write({{"content/da/aktiviteter/webinar.md",
               PageFile("title: Webinar\naudience: adult\nstarts: 20. januar 2026", "Et webinar.\n")}});
  CHECK(site.Build(AsOf("2026-02-01 12:00")) == 1);
  CHECK_THAT(site.errors(), Catch::Contains("content/da/aktiviteter/webinar.md:4:9: error: starts '20. januar 2026' is "
                                            "not a date or a date and time"));
  CHECK(site.Read("aktiviteter/index.html") == before);
}
