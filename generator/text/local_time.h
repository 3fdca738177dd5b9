#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "text/dates.h"

namespace enindgang::text {

// The zone every schedule in front matter is written in: editors write the
// time on a Danish wall clock, whatever zone the build machine is in.
inline constexpr const char* kSiteTimeZone = "Europe/Copenhagen";

// A wall-clock time as an editor writes it in front matter, without a zone.
struct LocalDateTime {
  Date date;
  int hour = 0;           // 0–23
  int minute = 0;         // 0–59
  bool has_time = false;  // false for "YYYY-MM-DD" (midnight)

  friend bool operator==(const LocalDateTime&, const LocalDateTime&) = default;
};

// Exactly "YYYY-MM-DD" (midnight) or "YYYY-MM-DD HH:MM"; anything else is nullopt.
std::optional<LocalDateTime> ParseLocalDateTime(std::string_view text);

// Back to the editor's spelling: "2026-12-01 08:00", or "2027-01-01" without a time.
std::string FormatLocalDateTime(const LocalDateTime& local);

// The instant (ms since 1970-01-01 UTC) a wall clock in `time_zone` shows `local`.
// DST rule: it is the first instant at which the wall clock shows that time or
// later. So a time the clocks skip in spring (2026-03-29 02:30 in Copenhagen)
// is the moment they jump, 03:00 summer time (01:00 UTC); a time the clocks
// show twice in autumn (2026-10-25 02:30) is the first of the two, still summer
// time (00:30 UTC). A scheduled post never appears later than its editor
// could expect, and the rule is the same for publish and expires.
int64_t LocalToUtcMs(const LocalDateTime& local, const std::string& time_zone = kSiteTimeZone);

// The calendar date a wall clock in `time_zone` shows at `utc_ms`.
Date DateAt(int64_t utc_ms, const std::string& time_zone = kSiteTimeZone);

// The wall clock (date, hour and minute) in `time_zone` at `utc_ms`: what a
// clock on the wall in Copenhagen shows, whatever the machine's zone.
LocalDateTime LocalDateTimeAt(int64_t utc_ms, const std::string& time_zone = kSiteTimeZone);

// The system clock, in ms since 1970-01-01 UTC.
int64_t NowUtcMs();

}  // namespace enindgang::text
