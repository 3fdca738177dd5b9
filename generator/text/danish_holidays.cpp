#include "text/danish_holidays.h"

#include <algorithm>

namespace enindgang::text {

Date EasterSunday(int year) {
  const int a = year % 19, b = year / 100, c = year % 100;
  const int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return {year, month, day};
}

std::vector<PublicHoliday> DanishPublicHolidays(int year) {
  const Date easter = EasterSunday(year);
  std::vector<PublicHoliday> days = {
      {{year, 1, 1}, "Nytårsdag"}, {AddDays(easter, -3), "Skærtorsdag"}, {AddDays(easter, -2), "Langfredag"},
      {easter, "Påskedag"},        {AddDays(easter, 1), "2. påskedag"},
  };
  if (year <= 2023) days.push_back({AddDays(easter, 26), "Store bededag"});
  days.push_back({AddDays(easter, 39), "Kristi himmelfartsdag"});
  days.push_back({AddDays(easter, 49), "Pinsedag"});
  days.push_back({AddDays(easter, 50), "2. pinsedag"});
  days.push_back({{year, 12, 25}, "Juledag"});
  days.push_back({{year, 12, 26}, "2. juledag"});
  return days;
}

bool IsDanishPublicHoliday(const Date& date) {
  const auto days = DanishPublicHolidays(date.year);
  return std::any_of(days.begin(), days.end(), [&](const PublicHoliday& holiday) { return holiday.date == date; });
}

}  // namespace enindgang::text
