#include "text/danish_holidays.h"

#include <catch2/catch.hpp>

using namespace enindgang::text;

TEST_CASE("Easter Sunday of known years") {
  CHECK(EasterSunday(2024) == Date{2024, 3, 31});
  CHECK(EasterSunday(2025) == Date{2025, 4, 20});
  CHECK(EasterSunday(2026) == Date{2026, 4, 5});
  CHECK(EasterSunday(2027) == Date{2027, 3, 28});
  CHECK(EasterSunday(2023) == Date{2023, 4, 9});
  CHECK(EasterSunday(2000) == Date{2000, 4, 23});
  CHECK(EasterSunday(2038) == Date{2038, 4, 25});  // the latest possible date
  CHECK(EasterSunday(2285) == Date{2285, 3, 22});  // the earliest possible date
}

TEST_CASE("days are added over month, year and leap-day borders") {
  CHECK(AddDays({2026, 12, 31}, 1) == Date{2027, 1, 1});
  CHECK(AddDays({2024, 2, 28}, 1) == Date{2024, 2, 29});
  CHECK(AddDays({2024, 3, 1}, -1) == Date{2024, 2, 29});
  CHECK(AddDays({2026, 4, 5}, 50) == Date{2026, 5, 25});
}

TEST_CASE("the Danish public holidays of 2026, in date order") {
  const auto days = DanishPublicHolidays(2026);
  REQUIRE(days.size() == 10);
  CHECK(days[0].date == Date{2026, 1, 1});
  CHECK(days[0].name == "Nytårsdag");
  CHECK(days[1].date == Date{2026, 4, 2});
  CHECK(days[1].name == "Skærtorsdag");
  CHECK(days[2].date == Date{2026, 4, 3});
  CHECK(days[3].date == Date{2026, 4, 5});
  CHECK(days[4].date == Date{2026, 4, 6});
  CHECK(days[4].name == "2. påskedag");
  CHECK(days[5].date == Date{2026, 5, 14});
  CHECK(days[5].name == "Kristi himmelfartsdag");
  CHECK(days[6].date == Date{2026, 5, 24});
  CHECK(days[7].date == Date{2026, 5, 25});
  CHECK(days[7].name == "2. pinsedag");
  CHECK(days[8].date == Date{2026, 12, 25});
  CHECK(days[9].date == Date{2026, 12, 26});
}

TEST_CASE("Store bededag is a holiday up to 2023 and not from 2024") {
  CHECK(IsDanishPublicHoliday({2023, 5, 5}));
  CHECK(DanishPublicHolidays(2023).size() == 11);
  CHECK_FALSE(IsDanishPublicHoliday({2024, 4, 26}));
  CHECK(DanishPublicHolidays(2024).size() == 10);
}

TEST_CASE("Grundlovsdag, Christmas Eve and New Year's Eve are not public holidays") {
  CHECK_FALSE(IsDanishPublicHoliday({2026, 6, 5}));
  CHECK_FALSE(IsDanishPublicHoliday({2026, 12, 24}));
  CHECK_FALSE(IsDanishPublicHoliday({2026, 12, 31}));
  CHECK(IsDanishPublicHoliday({2027, 1, 1}));
  CHECK(IsDanishPublicHoliday({2027, 3, 25}));  // Skærtorsdag 2027
  CHECK(IsDanishPublicHoliday({2027, 5, 6}));   // Kristi himmelfartsdag 2027
  CHECK_FALSE(IsDanishPublicHoliday({2026, 12, 7}));
}
