#include "text/opening_hours.h"

#include <catch2/catch.hpp>

#include <chrono>

#include "shared_table.h"

using namespace enindgang;
using namespace enindgang::text;

namespace {

OpeningHours Parsed(std::string_view value) {
  OpeningHoursError error;
  auto hours = ParseOpeningHours(value, error);
  INFO(value << ": " << error.offset << " " << error.message);
  REQUIRE(hours);
  return *hours;
}

OpeningHoursError ErrorOf(std::string_view value) {
  OpeningHoursError error;
  INFO(value);
  REQUIRE_FALSE(ParseOpeningHours(value, error));
  return error;
}

// "2026-12-07T10:00Z" in ms since 1970, without ICU.
int64_t UtcMs(const std::string& instant) {
  REQUIRE(instant.size() == 17);
  REQUIRE(instant.substr(10, 1) == "T");
  REQUIRE(instant.substr(16) == "Z");
  const auto date = ParseIsoDate(instant.substr(0, 10));
  REQUIRE(date);
  using namespace std::chrono;
  const sys_days day{year{date->year} / date->month / date->day};
  const auto time = hours{std::stoi(instant.substr(11, 2))} + minutes{std::stoi(instant.substr(14, 2))};
  return duration_cast<milliseconds>(day.time_since_epoch() + time).count();
}

std::vector<TimeRange> Ranges(std::initializer_list<TimeRange> ranges) { return ranges; }

}  // namespace

TEST_CASE("opening hours match the shared table") {
  const auto rows =
      testing::ReadSharedTable(ENINDGANG_SOURCE_DIR "/tests/opening_hours_cases.tsv", "value\tinstant\texpected");
  CHECK(rows.size() >= 45);
  for (const auto& row : rows) {
    const size_t tab = row.second.find('\t');
    REQUIRE(tab != std::string::npos);
    const std::string instant = row.second.substr(0, tab);
    const std::string expected = row.second.substr(tab + 1);
    INFO("opening_hours_cases.tsv:" << row.line << ": " << row.first << " at " << instant);
    OpeningHoursError error;
    const auto hours = ParseOpeningHours(row.first, error);
    const std::string actual = hours ? DescribeState(StateAtInstant(*hours, UtcMs(instant)))
                                     : "error@" + std::to_string(error.offset) + " (" + error.message + ")";
    CHECK(actual.substr(0, actual.find(" (")) == expected);
  }
}

TEST_CASE("a rule's days and hours are read into the rule") {
  const auto hours = Parsed("Mo-We 10:00-15:00; Sa-Mo 08:00-12:00,13:00-15:00; PH off; 2026 Dec 28-2027 Jan 3 off");
  REQUIRE(hours.rules.size() == 4);
  CHECK(hours.rules[0].weekdays == std::array<bool, 7>{true, true, true, false, false, false, false});
  CHECK(hours.rules[0].ranges == Ranges({{600, 900}}));
  CHECK(hours.rules[1].weekdays == std::array<bool, 7>{true, false, false, false, false, true, true});
  CHECK(hours.rules[1].ranges == Ranges({{480, 720}, {780, 900}}));
  CHECK(hours.rules[2].public_holidays);
  CHECK(hours.rules[2].ranges.empty());
  REQUIRE(hours.rules[3].dates);
  CHECK(hours.rules[3].dates->from_year == 2026);
  CHECK(hours.rules[3].dates->to_year == 2027);
  CHECK(hours.rules[3].dates->to_month == 1);
  CHECK(hours.rules[3].dates->to_day == 3);
}

TEST_CASE("a span without a year stays yearless; a year only at the start carries over the new year") {
  const auto yearless = Parsed("Dec 27-Jan 2 off").rules[0].dates;
  REQUIRE(yearless);
  CHECK(yearless->from_year == 0);
  CHECK(yearless->to_year == 0);
  const auto carried = Parsed("2026 Dec 28-Jan 3 off").rules[0].dates;
  REQUIRE(carried);
  CHECK(carried->to_year == 2027);
}

TEST_CASE("errors say where, what and how to write it instead") {
  auto error = ErrorOf("Mo-We 10-15");
  CHECK(error.offset == 6);
  CHECK(error.token == "10");
  CHECK(error.message == "time '10' needs minutes");
  CHECK(error.hint == "write times as HH:MM, e.g. Mo-We 10:00-15:00");

  error = ErrorOf("Xy 10:00-12:00");
  CHECK(error.offset == 0);
  CHECK(error.token == "Xy");
  CHECK(error.message == "unknown weekday 'Xy'");
  CHECK(error.hint == "write weekdays as Mo Tu We Th Fr Sa Su, e.g. Mo-We 10:00-15:00");

  error = ErrorOf("Mo 25:00-26:00");
  CHECK(error.offset == 3);
  CHECK(error.token == "25:00");
  CHECK(error.message == "'25:00' is not a time of day 00:00–24:00");

  error = ErrorOf("Mo 22:00-02:00");
  CHECK(error.offset == 3);
  CHECK(error.token == "22:00-02:00");
  CHECK(error.message == "'22:00-02:00' goes over midnight, which these hours cannot say");
  CHECK(error.hint == "split it into two days, e.g. Fr 22:00-24:00; Sa 00:00-02:00");

  error = ErrorOf("Mo 10:00-12:00; ");
  CHECK(error.offset == 16);
  CHECK(error.message == "empty rule");

  error = ErrorOf("Mo 10:00-12:00 daily");
  CHECK(error.token == "daily");
  CHECK(error.message == "unexpected 'daily' after the hours");
  CHECK(error.hint == "separate rules with ';', e.g. Mo-We 10:00-15:00; Th 10:00-17:00");

  error = ErrorOf("Dex 24 off");
  CHECK(error.message == "unknown month 'Dex'");

  error = ErrorOf("Feb 30 off");
  CHECK(error.token == "Feb 30");
  CHECK(error.message == "'Feb 30' is not a date");

  error = ErrorOf("2027 Feb 29 off");
  CHECK(error.offset == 5);
  CHECK(error.message == "'Feb 29' is not a date in 2027");

  error = ErrorOf("Mo-Fr 10:00");
  CHECK(error.message == "expected '-' and the closing time, found the end");
}

TEST_CASE("a day's hours come from the last rule that selects it") {
  const auto hours = Parsed("Mo-Fr 10:00-15:00; PH off; Dec 24-Dec 26 10:00-12:00");
  CHECK(HoursOn(hours, {2026, 12, 7}).ranges == Ranges({{600, 900}}));
  const auto juledag = HoursOn(hours, {2026, 12, 25});
  CHECK(juledag.ranges == Ranges({{600, 720}}));
  CHECK_FALSE(juledag.holiday);  // the dated rule decided it, not PH
  const auto nytaarsdag = HoursOn(hours, {2027, 1, 1});
  CHECK(nytaarsdag.ranges.empty());
  CHECK(nytaarsdag.holiday);
  CHECK(HoursOn(hours, {2026, 12, 12}).ranges.empty());
}

TEST_CASE("the regular week leaves out public holidays and dated exceptions") {
  const auto week = RegularWeek(Parsed("Mo-We 10:00-15:00; Th 10:00-17:00; Fr 10:00-13:00; PH off; Dec 24 off"));
  CHECK(week[0] == Ranges({{600, 900}}));
  CHECK(week[2] == Ranges({{600, 900}}));
  CHECK(week[3] == Ranges({{600, 1020}}));
  CHECK(week[4] == Ranges({{600, 780}}));
  CHECK(week[5].empty());
  CHECK(week[6].empty());
}

TEST_CASE("the state at a wall-clock time") {
  const auto hours = Parsed("Mo-We 10:00-15:00; Th 10:00-17:00; Fr 10:00-13:00; PH off");
  auto state = StateAt(hours, {2026, 12, 7}, 11 * 60);
  CHECK(state.open);
  CHECK(state.until == 900);
  state = StateAt(hours, {2026, 12, 25}, 11 * 60);
  CHECK_FALSE(state.open);
  CHECK(state.holiday_today);
  CHECK(state.next_in_days == 3);
  CHECK(state.next_from == 600);
  CHECK(DescribeState(state) == "holiday 3 10:00");
}

TEST_CASE("weekdays count from Monday") {
  CHECK(WeekdayOf({2026, 12, 7}) == 0);
  CHECK(WeekdayOf({2026, 12, 6}) == 6);
  CHECK(WeekdayOf({2024, 2, 29}) == 3);
  CHECK(WeekdayOf({2000, 1, 1}) == 5);
}

TEST_CASE("clock text is HH:MM, and midnight at the end of a day is 24:00") {
  CHECK(ClockText(0) == "00:00");
  CHECK(ClockText(605) == "10:05");
  CHECK(ClockText(1440) == "24:00");
}
