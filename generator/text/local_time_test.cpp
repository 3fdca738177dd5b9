#include "text/local_time.h"

#include <catch2/catch.hpp>

#include <chrono>

using namespace enindgang::text;

namespace {

// ms since the epoch of a UTC date and time, computed without ICU.
int64_t Utc(int year, unsigned month, unsigned day, int hour, int minute) {
  using namespace std::chrono;
  auto days = sys_days{std::chrono::year{year} / month / day};
  return duration_cast<milliseconds>(days.time_since_epoch() + hours{hour} + minutes{minute}).count();
}

LocalDateTime At(int year, int month, int day, int hour, int minute) {
  return {Date{year, month, day}, hour, minute, true};
}

}  // namespace

TEST_CASE("local date-times parse as YYYY-MM-DD or YYYY-MM-DD HH:MM") {
  CHECK(ParseLocalDateTime("2026-12-01 08:00") == At(2026, 12, 1, 8, 0));
  CHECK(ParseLocalDateTime("2026-12-01") == LocalDateTime{Date{2026, 12, 1}});
  CHECK(ParseLocalDateTime("2026-12-01 23:59") == At(2026, 12, 1, 23, 59));
  CHECK_FALSE(ParseLocalDateTime("2026-12-01 24:00"));
  CHECK_FALSE(ParseLocalDateTime("2026-12-01 08:60"));
  CHECK_FALSE(ParseLocalDateTime("2026-12-01T08:00"));
  CHECK_FALSE(ParseLocalDateTime("2026-12-01 8:00"));
  CHECK_FALSE(ParseLocalDateTime("2026-12-01 08:00:00"));
  CHECK_FALSE(ParseLocalDateTime("2026-02-30 08:00"));
  CHECK_FALSE(ParseLocalDateTime("1. december"));
  CHECK_FALSE(ParseLocalDateTime(""));
}

TEST_CASE("local date-times format back as the editor wrote them") {
  CHECK(FormatLocalDateTime(At(2026, 12, 1, 8, 0)) == "2026-12-01 08:00");
  CHECK(FormatLocalDateTime(LocalDateTime{Date{2027, 1, 1}}) == "2027-01-01");
}

TEST_CASE("Copenhagen is UTC+1 in winter and UTC+2 in summer") {
  CHECK(LocalToUtcMs(At(2026, 12, 1, 8, 0)) == Utc(2026, 12, 1, 7, 0));
  CHECK(LocalToUtcMs(At(2026, 7, 1, 8, 0)) == Utc(2026, 7, 1, 6, 0));
  CHECK(LocalToUtcMs(LocalDateTime{Date{2027, 1, 1}}) == Utc(2026, 12, 31, 23, 0));
}

TEST_CASE("a time skipped in spring is the moment the clocks jump to summer time") {
  // 2026-03-29: 02:00 CET becomes 03:00 CEST; 02:30 never shows on a wall clock.
  CHECK(LocalToUtcMs(At(2026, 3, 29, 2, 30)) == Utc(2026, 3, 29, 1, 0));
  CHECK(LocalToUtcMs(At(2026, 3, 29, 2, 0)) == Utc(2026, 3, 29, 1, 0));
  CHECK(LocalToUtcMs(At(2026, 3, 29, 3, 0)) == Utc(2026, 3, 29, 1, 0));
  CHECK(LocalToUtcMs(At(2026, 3, 29, 1, 59)) == Utc(2026, 3, 29, 0, 59));
}

TEST_CASE("a time shown twice in autumn is its first occurrence, still summer time") {
  // 2026-10-25: 03:00 CEST becomes 02:00 CET; 02:30 shows at 00:30 and 01:30 UTC.
  CHECK(LocalToUtcMs(At(2026, 10, 25, 2, 30)) == Utc(2026, 10, 25, 0, 30));
  CHECK(LocalToUtcMs(At(2026, 10, 25, 3, 0)) == Utc(2026, 10, 25, 2, 0));
}

TEST_CASE("the date in Copenhagen turns at local midnight, not UTC midnight") {
  CHECK(DateAt(Utc(2026, 12, 31, 22, 59)) == Date{2026, 12, 31});
  CHECK(DateAt(Utc(2026, 12, 31, 23, 0)) == Date{2027, 1, 1});
  CHECK(DateAt(Utc(2026, 6, 30, 22, 0)) == Date{2026, 7, 1});
}

TEST_CASE("now is a plausible instant") { CHECK(NowUtcMs() > Utc(2024, 1, 1, 0, 0)); }

TEST_CASE("the Copenhagen wall clock at an instant, over both DST changes of 2026") {
  CHECK(LocalDateTimeAt(Utc(2026, 12, 7, 10, 0)) == At(2026, 12, 7, 11, 0));
  CHECK(LocalDateTimeAt(Utc(2026, 3, 29, 0, 59)) == At(2026, 3, 29, 1, 59));
  CHECK(LocalDateTimeAt(Utc(2026, 3, 29, 1, 0)) == At(2026, 3, 29, 3, 0));
  CHECK(LocalDateTimeAt(Utc(2026, 10, 25, 0, 30)) == At(2026, 10, 25, 2, 30));
  CHECK(LocalDateTimeAt(Utc(2026, 10, 25, 1, 30)) == At(2026, 10, 25, 2, 30));
  CHECK(LocalDateTimeAt(Utc(2026, 12, 6, 23, 30)) == At(2026, 12, 7, 0, 30));
}
