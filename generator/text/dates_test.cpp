#include "text/dates.h"

#include <catch2/catch.hpp>
#include <unicode/timezone.h>

#include <memory>

using namespace enindgang::text;

TEST_CASE("ISO dates parse only when the day exists") {
  CHECK(ParseIsoDate("2026-06-24") == Date{2026, 6, 24});
  CHECK(ParseIsoDate("2024-02-29") == Date{2024, 2, 29});
  CHECK(ParseIsoDate("2000-02-29") == Date{2000, 2, 29});
  CHECK_FALSE(ParseIsoDate("2026-02-29"));
  CHECK_FALSE(ParseIsoDate("1900-02-29"));
  CHECK_FALSE(ParseIsoDate("2026-04-31"));
  CHECK_FALSE(ParseIsoDate("2026-13-01"));
  CHECK_FALSE(ParseIsoDate("2026-00-10"));
  CHECK_FALSE(ParseIsoDate("2026-06-00"));
  CHECK_FALSE(ParseIsoDate("2026-6-24"));
  CHECK_FALSE(ParseIsoDate("2026-06-24 "));
  CHECK_FALSE(ParseIsoDate("2026/06/24"));
  CHECK_FALSE(ParseIsoDate("２０２６-06-24"));
  CHECK_FALSE(ParseIsoDate(""));
}

TEST_CASE("IsoDate pads with zeros and round-trips") {
  CHECK(IsoDate({2026, 6, 4}) == "2026-06-04");
  CHECK(IsoDate(*ParseIsoDate("0999-12-31")) == "0999-12-31");
}

TEST_CASE("long dates use each locale's words") {
  const Date midsummer{2026, 6, 24};
  CHECK(FormatLongDate(midsummer, "da") == "24. juni 2026");
  CHECK(FormatLongDate(midsummer, "en") == "June 24, 2026");
  CHECK(FormatLongDate(midsummer, "en_GB") == "24 June 2026");
  CHECK(FormatLongDate(midsummer, "uk") == "24 червня 2026\u202Fр.");  // narrow no-break space
}

// The locales of the site's languages (site.yaml), as a local page would
// show "last checked on": the day without a leading zero, the month in words.
TEST_CASE("a date in each site language: da, en_GB, uk and Arabic with Latin digits") {
  const Date date{2026, 11, 3};
  CHECK(FormatLongDate(date, "da") == "3. november 2026");
  CHECK(FormatLongDate(date, "en_GB") == "3 November 2026");
  CHECK(FormatLongDate(date, "en") == "November 3, 2026");          // US order: why site.yaml says en_GB
  CHECK(FormatLongDate(date, "uk") == "3 листопада 2026\u202Fр.");  // genitive month, "р." for рік
  CHECK(FormatLongDate(date, "ar@numbers=latn") == "3 نوفمبر 2026");
  CHECK(FormatLongDate({2026, 1, 1}, "uk") == "1 січня 2026\u202Fр.");
  CHECK(FormatLongDate({2026, 5, 31}, "ar@numbers=latn") == "31 مايو 2026");
  CHECK(FormatLongDate({2026, 5, 31}, "en_GB") == "31 May 2026");
}

TEST_CASE("days since 1970 count leap days, and their difference is the days between") {
  CHECK(DaysSinceEpoch({1970, 1, 1}) == 0);
  CHECK(DaysSinceEpoch({1969, 12, 31}) == -1);
  CHECK(DaysSinceEpoch({2026, 6, 24}) - DaysSinceEpoch({2025, 12, 26}) == 180);
  CHECK(DaysSinceEpoch({2024, 3, 1}) - DaysSinceEpoch({2024, 2, 28}) == 2);
  CHECK(DaysSinceEpoch({2100, 3, 1}) - DaysSinceEpoch({2100, 2, 28}) == 1);
  CHECK(DaysSinceEpoch({2000, 3, 1}) - DaysSinceEpoch({2000, 2, 28}) == 2);
}

TEST_CASE("leap days and year ends land on the right day") {
  CHECK(FormatLongDate({2024, 2, 29}, "da") == "29. februar 2024");
  CHECK(FormatLongDate({2000, 2, 29}, "da") == "29. februar 2000");
  CHECK(FormatLongDate({2100, 3, 1}, "da") == "1. marts 2100");
  CHECK(FormatLongDate({1970, 1, 1}, "da") == "1. januar 1970");
  CHECK(FormatLongDate({1969, 12, 31}, "da") == "31. december 1969");
}

TEST_CASE("Arabic digits follow the numbering system") {
  const Date midsummer{2026, 6, 24};
  CHECK(FormatLongDate(midsummer, "ar@numbers=latn") == "24 يونيو 2026");
  CHECK(FormatLongDate(midsummer, "ar") == "٢٤ يونيو ٢٠٢٦");
}

TEST_CASE("the day does not shift with the machine's time zone") {
  // Formats are cached per locale, so these locales are used only here:
  // their formats are made while the default zone is far from UTC.
  std::unique_ptr<icu::TimeZone> saved(icu::TimeZone::createDefault());
  icu::TimeZone::adoptDefault(icu::TimeZone::createTimeZone("Pacific/Kiritimati"));  // UTC+14
  CHECK(FormatLongDate({2026, 1, 1}, "da_DK") == "1. januar 2026");
  icu::TimeZone::adoptDefault(icu::TimeZone::createTimeZone("Pacific/Pago_Pago"));  // UTC-11
  CHECK(FormatLongDate({2026, 12, 31}, "da_GL") == "31. december 2026");
  icu::TimeZone::adoptDefault(saved.release());
}

TEST_CASE("today in Copenhagen is a real calendar date") {
  auto today = enindgang::text::TodayIn("Europe/Copenhagen");
  CHECK(today.year >= 2024);
  CHECK(today.month >= 1);
  CHECK(today.month <= 12);
  CHECK(enindgang::text::ParseIsoDate(enindgang::text::IsoDate(today)).has_value());
}

TEST_CASE("dates: days since 1970 and back, over leap days and centuries") {
  using enindgang::text::Date;
  for (Date date : {Date{1970, 1, 1}, Date{2024, 2, 29}, Date{2000, 3, 1}, Date{1900, 2, 28}, Date{2026, 12, 31}}) {
    CHECK(enindgang::text::DateFromDays(enindgang::text::DaysSinceEpoch(date)) == date);
  }
  CHECK(enindgang::text::DaysSinceEpoch({1970, 1, 2}) == 1);
  CHECK(enindgang::text::AddDays({2026, 12, 31}, 1) == Date{2027, 1, 1});
  CHECK(enindgang::text::AddDays({2028, 2, 28}, 1) == Date{2028, 2, 29});
  CHECK(enindgang::text::AddDays({2026, 3, 1}, -1) == Date{2026, 2, 28});
}
