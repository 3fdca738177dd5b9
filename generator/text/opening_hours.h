#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/dates.h"

namespace enindgang::text {

// Opening hours in the subset of OpenStreetMap's `opening_hours` syntax that
// a municipal phone line needs (https://wiki.openstreetmap.org/wiki/Key:opening_hours):
//
//   Mo-We 10:00-15:00; Th 10:00-17:00,18:00-19:00; Fr 10:00-13:00; PH off
//   2026 Dec 24-Dec 26 off; Dec 31 10:00-12:00; 24/7
//
// Rules are separated by ";" and a later rule replaces what an earlier one
// said for the days it selects (OSM's "normal rule" semantics). A selector is
// weekdays (Mo Tu We Th Fr Sa Su, ranges wrapping over Sunday, lists with ","),
// PH (Danish public holidays), or a date span with or without a year; the
// hours are HH:MM-HH:MM ranges separated by ",", or "off"/"closed". A range
// must end after it starts on the same day (24:00 ends a day): ranges over
// midnight are outside the subset. The browser's twin is
// themes/default/assets/opening_hours.js; tests/opening_hours_cases.tsv feeds both.

// Minutes since midnight, 0–1440.
struct TimeRange {
  int from = 0;
  int to = 0;
  friend bool operator==(const TimeRange&, const TimeRange&) = default;
};

// A dated selector: "Dec 24", "Dec 24-Dec 26", "2026 Dec 24-Dec 26", "2026 Dec 24-2027 Jan 2".
// year 0 = every year; a span without a year may wrap over the new year.
struct DateSpan {
  int from_year = 0, from_month = 0, from_day = 0;
  int to_year = 0, to_month = 0, to_day = 0;
};

struct HoursRule {
  std::array<bool, 7> weekdays{};  // Monday first; all false when the rule is not about weekdays
  bool public_holidays = false;    // PH
  std::optional<DateSpan> dates;   // a dated exception
  std::vector<TimeRange> ranges;   // empty: off
};

struct OpeningHours {
  std::vector<HoursRule> rules;  // in the order written; later ones win
};

// Where a value leaves the subset: the byte offset into the value, the token
// found there, what is wrong and an accepted form to write instead.
struct OpeningHoursError {
  size_t offset = 0;
  std::string token;
  std::string message;  // "unknown weekday 'Xy'"
  std::string hint;     // "write weekdays as Mo Tu We Th Fr Sa Su, e.g. Mo-We 10:00-15:00"
};

std::optional<OpeningHours> ParseOpeningHours(std::string_view value, OpeningHoursError& error);

// 0 = Monday … 6 = Sunday.
int WeekdayOf(const Date& date);

// What the rules say about one day. `holiday` is true when the day is a
// Danish public holiday and a PH rule decided it.
struct DayHours {
  std::vector<TimeRange> ranges;
  bool holiday = false;
};
DayHours HoursOn(const OpeningHours& hours, const Date& date);

// The ordinary week, Monday first, as the weekday rules give it (PH and dated
// exceptions left out): what the page's table shows.
std::array<std::vector<TimeRange>, 7> RegularWeek(const OpeningHours& hours);

// Whether someone answers at a wall-clock time in Copenhagen.
struct OpenState {
  bool open = false;
  int until = 0;               // when open: minute the current range ends (1440 = midnight)
  bool holiday_today = false;  // closed today because today is a public holiday
  // When closed: the next opening within 14 days, counted from today (0 = later today).
  std::optional<int> next_in_days;
  int next_from = 0;
};
OpenState StateAt(const OpeningHours& hours, const Date& date, int minute);

// The state at an instant (ms since 1970 UTC), read on a Copenhagen wall
// clock whatever the machine's zone: the same as the browser's twin.
OpenState StateAtInstant(const OpeningHours& hours, int64_t utc_ms);

// The shared case table's spelling of a state: "open 15:00", "closed 0 10:00"
// (opens later today), "closed 1 10:00" (tomorrow), "holiday 3 10:00",
// "closed never" (nothing within 14 days).
std::string DescribeState(const OpenState& state);

// "10:00".
std::string ClockText(int minute);

}  // namespace enindgang::text
