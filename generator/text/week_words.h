#pragma once
#include <array>
#include <string>

namespace enindgang::text {

// The words an opening-hours table needs in a language, from ICU's locale
// data rather than the theme's files, so a new language gets them for free.

// Weekday names as they stand alone (a table's row head), Monday first:
// "mandag" in "da", "Monday" in "en", "понеділок" in "uk", "الاثنين" in "ar".
const std::array<std::string, 7>& WeekdayNames(const std::string& icu_locale);

// A time of day (minutes since midnight, 1440 = the day's end) on the
// locale's 24-hour clock: "10.00" in "da", "10:00" in "en" and "uk",
// "10:00" in "ar@numbers=latn". 1440 is written as 24.00, as Danish offices do.
std::string FormatClock(int minute, const std::string& icu_locale);

}  // namespace enindgang::text
