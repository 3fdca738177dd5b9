#include "render/activity_calendar.h"

#include <libical/ical.h>

#include <cstdlib>
#include <memory>

#include "render/activity_list.h"
#include "text/dates.h"
#include "text/local_time.h"

namespace enindgang {
namespace {

// Copenhagen's rules since 1996 (EU summer time: last Sunday of March to last
// Sunday of October), written as calendar programs export it. Written here
// rather than taken from the machine's tzdata, so that every machine builds
// the same file; activities lie in the present, where these rules hold.
constexpr const char* kCopenhagenZone =
    "BEGIN:VTIMEZONE\r\n"
    "TZID:Europe/Copenhagen\r\n"
    "X-LIC-LOCATION:Europe/Copenhagen\r\n"
    "BEGIN:DAYLIGHT\r\n"
    "TZNAME:CEST\r\n"
    "TZOFFSETFROM:+0100\r\n"
    "TZOFFSETTO:+0200\r\n"
    "DTSTART:19700329T020000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
    "END:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\n"
    "TZNAME:CET\r\n"
    "TZOFFSETFROM:+0200\r\n"
    "TZOFFSETTO:+0100\r\n"
    "DTSTART:19701025T030000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
    "END:STANDARD\r\n"
    "END:VTIMEZONE\r\n";

struct ComponentFree {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype DateOnly(const text::Date& date) {
  icaltimetype t = icaltime_null_date();
  t.year = date.year;
  t.month = date.month;
  t.day = date.day;
  return t;
}

// DTSTART/DTEND: a wall-clock time in Copenhagen, or a whole day.
icalproperty* TimeProperty(icalproperty* (*make)(icaltimetype), const text::LocalDateTime& local) {
  if (!local.has_time) {
    icalproperty* p = make(DateOnly(local.date));
    icalproperty_add_parameter(p, icalparameter_new_value(ICAL_VALUE_DATE));
    return p;
  }
  icaltimetype t = icaltime_null_time();
  t.year = local.date.year;
  t.month = local.date.month;
  t.day = local.date.day;
  t.hour = local.hour;
  t.minute = local.minute;
  icalproperty* p = make(t);
  icalproperty_add_parameter(p, icalparameter_new_tzid(text::kSiteTimeZone));
  return p;
}

icaltimetype UtcAt(int64_t utc_ms) {
  return icaltime_from_timet_with_zone(static_cast<time_t>(utc_ms / 1000), 0, icaltimezone_get_utc_timezone());
}

// The part of the UID after @: the site's host, so that two sites' activities never share one.
std::string UidDomain(const std::string& base_url) {
  std::string host = base_url.substr(base_url.find("://") == std::string::npos ? 0 : base_url.find("://") + 3);
  return host.substr(0, host.find('/'));
}

// Stable across builds: the calendar's language, the page's key and the site's host,
// "da/aktiviteter/netvaerksmoede@example.dk". A calendar program that imports
// the file again updates the events instead of doubling them.
std::string UidOf(const Site& site, const Page& page, const std::string& part) {
  return page.language->code + "/" + page.key + part + "@" + UidDomain(site.config().base_url);
}

icalcomponent* EventOf(const Site& site, const Page& page, int64_t stamp_ms) {
  const Activity& activity = *page.source->activity;
  icalcomponent* event = icalcomponent_new_vevent();
  icalcomponent_add_property(event, icalproperty_new_uid(UidOf(site, page, "").c_str()));
  icalcomponent_add_property(event, icalproperty_new_dtstamp(UtcAt(stamp_ms)));
  icalcomponent_add_property(event, TimeProperty(icalproperty_new_dtstart, activity.starts.local));
  if (activity.ends) {
    icalcomponent_add_property(event, TimeProperty(icalproperty_new_dtend, activity.ends->local));
  } else if (!activity.starts.local.has_time) {
    icalcomponent_add_property(event,
                               TimeProperty(icalproperty_new_dtend, {text::AddDays(activity.starts.local.date, 1)}));
  }
  icalcomponent_add_property(event, icalproperty_new_summary(page.source->title.c_str()));
  if (!page.source->description.empty())
    icalcomponent_add_property(event, icalproperty_new_description(page.source->description.c_str()));
  icalcomponent_add_property(event, icalproperty_new_url((site.config().base_url + page.url).c_str()));
  if (!activity.place.empty()) icalcomponent_add_property(event, icalproperty_new_location(activity.place.c_str()));
  return event;
}

// The deadline as an all-day event that does not make the day look busy.
icalcomponent* DeadlineOf(const Site& site, const UiStrings& strings, const Page& page, int64_t stamp_ms) {
  const Activity& activity = *page.source->activity;
  const std::string summary =
      strings.Format(*page.language, "activity_deadline_summary", {{"title", page.source->title}});
  icalcomponent* event = icalcomponent_new_vevent();
  icalcomponent_add_property(event, icalproperty_new_uid(UidOf(site, page, "/deadline").c_str()));
  icalcomponent_add_property(event, icalproperty_new_dtstamp(UtcAt(stamp_ms)));
  icalcomponent_add_property(event, TimeProperty(icalproperty_new_dtstart, {activity.deadline->local.date}));
  icalcomponent_add_property(event,
                             TimeProperty(icalproperty_new_dtend, {text::AddDays(activity.deadline->local.date, 1)}));
  icalcomponent_add_property(event, icalproperty_new_summary(summary.c_str()));
  icalcomponent_add_property(event, icalproperty_new_url((site.config().base_url + page.url).c_str()));
  icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
  return event;
}

}  // namespace

std::string ActivityCalendarUrl(const Page& list_page) { return list_page.url + "aktiviteter.ics"; }

std::string RenderActivityCalendar(const Site& site, const UiStrings& strings, const Page& list_page) {
  // DTSTAMP is the build's clock: the same --now gives the same file.
  const int64_t stamp_ms = site.options().now_utc_ms.value_or(0);
  Component calendar(icalcomponent_new_vcalendar());
  icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Én indgang//enindgang//DA"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
  icalproperty* name = icalproperty_new_x(list_page.source->title.c_str());
  icalproperty_set_x_name(name, "X-WR-CALNAME");
  icalcomponent_add_property(calendar.get(), name);
  icalcomponent_add_component(calendar.get(), icalcomponent_new_from_string(kCopenhagenZone));
  // Coming and past alike: a calendar program keeps what it imported, and an archive entry is still true.
  auto split = SplitActivities(list_page, 0);
  for (const auto* pages : {&split.coming, &split.past}) {
    for (const Page* page : *pages) {
      icalcomponent_add_component(calendar.get(), EventOf(site, *page, stamp_ms));
      if (page->source->activity->deadline)
        icalcomponent_add_component(calendar.get(), DeadlineOf(site, strings, *page, stamp_ms));
    }
  }
  char* text = icalcomponent_as_ical_string_r(calendar.get());
  std::string out = text ? text : "";
  std::free(text);
  return out;
}

}  // namespace enindgang
