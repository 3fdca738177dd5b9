#include "text/local_time.h"

#include <unicode/calendar.h>
#include <unicode/timezone.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <stdexcept>

namespace enindgang::text {
namespace {

std::optional<int> TwoDigits(std::string_view text, size_t from) {
  if (text[from] < '0' || text[from] > '9' || text[from + 1] < '0' || text[from + 1] > '9') return std::nullopt;
  return (text[from] - '0') * 10 + (text[from + 1] - '0');
}

std::unique_ptr<icu::Calendar> CalendarIn(const std::string& time_zone) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(time_zone)));
  if (*zone == icu::TimeZone::getUnknown()) throw std::runtime_error("unknown time zone '" + time_zone + "'");
  std::unique_ptr<icu::Calendar> calendar(icu::Calendar::createInstance(zone.release(), status));
  if (U_FAILURE(status)) throw std::runtime_error(std::string("cannot open a calendar: ") + u_errorName(status));
  return calendar;
}

}  // namespace

std::optional<LocalDateTime> ParseLocalDateTime(std::string_view text) {
  if (text.size() != 10 && text.size() != 16) return std::nullopt;
  auto date = ParseIsoDate(text.substr(0, 10));
  if (!date) return std::nullopt;
  LocalDateTime local{*date};
  if (text.size() == 10) return local;
  if (text[10] != ' ' || text[13] != ':') return std::nullopt;
  auto hour = TwoDigits(text, 11);
  auto minute = TwoDigits(text, 14);
  if (!hour || !minute || *hour > 23 || *minute > 59) return std::nullopt;
  local.hour = *hour;
  local.minute = *minute;
  local.has_time = true;
  return local;
}

std::string FormatLocalDateTime(const LocalDateTime& local) {
  if (!local.has_time) return IsoDate(local.date);
  char time[8];
  std::snprintf(time, sizeof time, " %02d:%02d", local.hour, local.minute);
  return IsoDate(local.date) + time;
}

int64_t LocalToUtcMs(const LocalDateTime& local, const std::string& time_zone) {
  auto calendar = CalendarIn(time_zone);
  // ICU's names for the rule documented in the header: a repeated wall time is
  // its first occurrence; a skipped one is the first valid time after the gap.
  calendar->setRepeatedWallTimeOption(UCAL_WALLTIME_FIRST);
  calendar->setSkippedWallTimeOption(UCAL_WALLTIME_NEXT_VALID);
  calendar->clear();
  calendar->set(local.date.year, local.date.month - 1, local.date.day, local.hour, local.minute, 0);
  UErrorCode status = U_ZERO_ERROR;
  UDate when = calendar->getTime(status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("bad local time: ") + u_errorName(status));
  return static_cast<int64_t>(when);
}

Date DateAt(int64_t utc_ms, const std::string& time_zone) {
  auto calendar = CalendarIn(time_zone);
  UErrorCode status = U_ZERO_ERROR;
  calendar->setTime(static_cast<UDate>(utc_ms), status);
  Date date{calendar->get(UCAL_YEAR, status), calendar->get(UCAL_MONTH, status) + 1, calendar->get(UCAL_DATE, status)};
  if (U_FAILURE(status)) throw std::runtime_error(std::string("bad instant: ") + u_errorName(status));
  return date;
}

LocalDateTime LocalDateTimeAt(int64_t utc_ms, const std::string& time_zone) {
  auto calendar = CalendarIn(time_zone);
  UErrorCode status = U_ZERO_ERROR;
  calendar->setTime(static_cast<UDate>(utc_ms), status);
  LocalDateTime local{
      Date{calendar->get(UCAL_YEAR, status), calendar->get(UCAL_MONTH, status) + 1, calendar->get(UCAL_DATE, status)},
      calendar->get(UCAL_HOUR_OF_DAY, status), calendar->get(UCAL_MINUTE, status), true};
  if (U_FAILURE(status)) throw std::runtime_error(std::string("bad instant: ") + u_errorName(status));
  return local;
}

int64_t NowUtcMs() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace enindgang::text
