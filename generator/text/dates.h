#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace enindgang::text {

// A calendar day without time or time zone, as written in front matter.
struct Date {
  int year = 0;
  int month = 0;  // 1–12
  int day = 0;    // 1–31

  friend bool operator==(const Date&, const Date&) = default;
};

// Exactly "YYYY-MM-DD" with a day that exists (leap years included);
// anything else is nullopt.
std::optional<Date> ParseIsoDate(std::string_view text);

// "YYYY-MM-DD".
std::string IsoDate(const Date& date);

// Days since 1970-01-01 (negative before), and back: calendar arithmetic
// without a time zone, so no DST day is ever 23 or 25 hours long.
int64_t DaysSinceEpoch(const Date& date);
Date DateFromDays(int64_t days);
inline Date AddDays(const Date& date, int64_t days) { return DateFromDays(DaysSinceEpoch(date) + days); }

// ICU's long date style for the locale, e.g. "24. juni 2026" in "da".
// Formatted in UTC, so the day never shifts with the machine's time zone.
// Digits follow the locale: "ar" gives Arabic-Indic digits, "ar@numbers=latn"
// gives 0–9.
std::string FormatLongDate(const Date& date, const std::string& icu_locale);

}  // namespace enindgang::text

namespace enindgang::text {

// Today's calendar date in an IANA time zone (ICU), e.g. "Europe/Copenhagen":
// scheduled posts appear on their date in Denmark, whatever the build machine's zone.
Date TodayIn(const std::string& time_zone);

}  // namespace enindgang::text
