#include "text/week_words.h"

#include <unicode/dtfmtsym.h>
#include <unicode/dtptngen.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <map>
#include <memory>
#include <stdexcept>

#include "text/icu_cache.h"
#include "text/icu_string.h"

namespace enindgang::text {
namespace {

// "HH.mm" for "da", "HH:mm" for most others: the locale's own 24-hour
// pattern for hours and minutes, never "h:mm a".
std::unique_ptr<icu::SimpleDateFormat> MakeClockFormat(const std::string& icu_locale) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale(icu_locale.c_str());
  std::unique_ptr<icu::DateTimePatternGenerator> generator(
      icu::DateTimePatternGenerator::createInstance(locale, status));
  if (U_FAILURE(status)) throw std::runtime_error("cannot open time patterns for '" + icu_locale + "'");
  icu::UnicodeString pattern = generator->getBestPattern(icu::UnicodeString(u"HHmm"), status);
  auto format = std::make_unique<icu::SimpleDateFormat>(pattern, locale, status);
  if (U_FAILURE(status)) throw std::runtime_error("cannot open a time format for '" + icu_locale + "'");
  format->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
  return format;
}

const icu::SimpleDateFormat& ClockFormat(const std::string& icu_locale) {
  return PerThreadPerLocale<MakeClockFormat>(icu_locale);
}

std::unique_ptr<std::array<std::string, 7>> MakeWeekdayNames(const std::string& icu_locale) {
  UErrorCode status = U_ZERO_ERROR;
  icu::DateFormatSymbols symbols(icu::Locale(icu_locale.c_str()), status);
  if (U_FAILURE(status)) throw std::runtime_error("cannot open weekday names for '" + icu_locale + "'");
  int32_t count = 0;
  const icu::UnicodeString* names =
      symbols.getWeekdays(count, icu::DateFormatSymbols::STANDALONE, icu::DateFormatSymbols::WIDE);
  // ICU counts from 1 = Sunday (index 0 is empty); we count from Monday.
  auto week = std::make_unique<std::array<std::string, 7>>();
  for (int day = 0; day < 7 && count >= 8; ++day) (*week)[day] = FromIcu(names[day == 6 ? 1 : day + 2]);
  return week;
}

}  // namespace

// DateFormatSymbols loads the locale's data; each thread keeps the names it read.
const std::array<std::string, 7>& WeekdayNames(const std::string& icu_locale) {
  return PerThreadPerLocale<MakeWeekdayNames>(icu_locale);
}

std::string FormatClock(int minute, const std::string& icu_locale) {
  // 24.00 is not a time ICU formats (it would say 00.00); build it from 23.00's shape.
  if (minute >= 1440) {
    std::string shape = FormatClock(23 * 60, icu_locale);
    auto at = shape.find("23");
    return at == std::string::npos ? shape : shape.replace(at, 2, "24");
  }
  icu::UnicodeString out;
  ClockFormat(icu_locale).format(static_cast<UDate>(minute) * 60 * 1000, out);
  return FromIcu(out);
}

}  // namespace enindgang::text
