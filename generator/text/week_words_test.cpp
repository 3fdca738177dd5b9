#include "text/week_words.h"

#include <catch2/catch.hpp>

using namespace enindgang::text;

TEST_CASE("week words: weekday names come from ICU, Monday first, in each site language") {
  CHECK(WeekdayNames("da")[0] == "mandag");
  CHECK(WeekdayNames("da")[6] == "søndag");
  CHECK(WeekdayNames("en")[0] == "Monday");
  CHECK(WeekdayNames("uk")[0] == "понеділок");
  CHECK(WeekdayNames("ar@numbers=latn")[4] == "الجمعة");
}

TEST_CASE("week words: times on each locale's 24-hour clock, Latin digits in Arabic") {
  CHECK(FormatClock(10 * 60, "da") == "10.00");
  CHECK(FormatClock(15 * 60 + 30, "da") == "15.30");
  CHECK(FormatClock(9 * 60, "da") == "09.00");
  CHECK(FormatClock(17 * 60, "en") == "17:00");
  CHECK(FormatClock(17 * 60, "uk") == "17:00");
  CHECK(FormatClock(8 * 60 + 5, "ar@numbers=latn") == "08:05");
  CHECK(FormatClock(1440, "da") == "24.00");
}
