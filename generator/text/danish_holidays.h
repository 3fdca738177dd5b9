#pragma once
#include <string>
#include <vector>

#include "text/dates.h"

namespace enindgang::text {

// Easter Sunday in the Gregorian calendar (the anonymous algorithm of
// Meeus/Jones/Butcher), from which the movable Danish holidays count.
Date EasterSunday(int year);

struct PublicHoliday {
  Date date;
  std::string name;  // the Danish name, e.g. "2. påskedag"
};

// Denmark's public holidays (helligdage) of a year, in date order. Store
// bededag counts only up to 2023: it was abolished from 2024. Grundlovsdag,
// 24 and 31 December are days many close, but not public holidays: a place
// that closes then says so with a dated rule.
std::vector<PublicHoliday> DanishPublicHolidays(int year);

bool IsDanishPublicHoliday(const Date& date);

}  // namespace enindgang::text
