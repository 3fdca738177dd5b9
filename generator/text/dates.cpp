#include "text/dates.h"

#include <unicode/datefmt.h>
#include <unicode/timezone.h>

#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>
#include <stdexcept>

#include "text/icu_cache.h"
#include "text/icu_string.h"

namespace enindgang::text {
namespace {

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

// Reads `count` ASCII digits; nullopt if any is not a digit.
std::optional<int> Digits(std::string_view text, size_t from, size_t count) {
  int value = 0;
  for (size_t i = from; i < from + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

std::unique_ptr<icu::DateFormat> MakeLongFormat(const std::string& icu_locale) {
  std::unique_ptr<icu::DateFormat> format(
      icu::DateFormat::createDateInstance(icu::DateFormat::kLong, icu::Locale(icu_locale.c_str())));
  if (!format) throw std::runtime_error("cannot open date format for '" + icu_locale + "'");
  format->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
  return format;
}

const icu::DateFormat& LongFormat(const std::string& icu_locale) {
  return PerThreadPerLocale<MakeLongFormat>(icu_locale);
}

// Midnight UTC of the day; the formats also show UTC, so no zone moves it.
UDate ToUDate(const Date& date) { return static_cast<UDate>(DaysSinceEpoch(date)) * U_MILLIS_PER_DAY; }

}  // namespace

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's
// days_from_civil). A GregorianCalendar per date did the same at a
// hundred times the cost, on every date of every list page.
int64_t DaysSinceEpoch(const Date& date) {
  const int64_t year = date.month <= 2 ? date.year - 1 : date.year;
  const int64_t era = (year >= 0 ? year : year - 399) / 400;
  const int64_t year_of_era = year - era * 400;
  const int64_t day_of_year = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
  const int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

// H. Hinnant's civil_from_days, the inverse of the above.
Date DateFromDays(int64_t days) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t day_of_era = days - era * 146097;
  const int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const int64_t mp = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

std::optional<Date> ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto year = Digits(text, 0, 4);
  const auto month = Digits(text, 5, 2);
  const auto day = Digits(text, 8, 2);
  if (!year || !month || !day) return std::nullopt;
  if (*month < 1 || *month > 12 || *day < 1 || *day > DaysInMonth(*year, *month)) return std::nullopt;
  return Date{*year, *month, *day};
}

std::string IsoDate(const Date& date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

// Each thread remembers the dates it has written: pages share dates (a list
// page shows its children's), and ICU's formatter was a seventieth of a build.
std::string FormatLongDate(const Date& date, const std::string& icu_locale) {
  thread_local std::map<std::pair<std::string, int64_t>, std::string> written;
  auto [it, added] = written.try_emplace({icu_locale, DaysSinceEpoch(date)});
  if (!added) return it->second;
  icu::UnicodeString out;
  LongFormat(icu_locale).format(ToUDate(date), out);
  it->second = FromIcu(out);
  return it->second;
}

}  // namespace enindgang::text

#include <unicode/calendar.h>
#include <unicode/timezone.h>

namespace enindgang::text {

Date TodayIn(const std::string& time_zone) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(time_zone)));
  std::unique_ptr<icu::Calendar> calendar(icu::Calendar::createInstance(zone.release(), status));
  calendar->setTime(icu::Calendar::getNow(), status);
  return {calendar->get(UCAL_YEAR, status), calendar->get(UCAL_MONTH, status) + 1, calendar->get(UCAL_DATE, status)};
}

}  // namespace enindgang::text
