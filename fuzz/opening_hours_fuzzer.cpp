// ParseOpeningHours on arbitrary bytes (an opening_hours cell of
// municipalities.csv is written by people we do not know), then the state at
// every hour of a fortnight that crosses a DST change and the new year.
// Properties from text/opening_hours.h: an error points inside the value;
// ranges are ordered within a day; an open state ends later; a closed state's
// next opening lies within 14 days, at a time of day.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "text/opening_hours.h"

using namespace enindgang;

namespace {

void CheckDay(const text::DayHours& day) {
  int end = 0;
  for (const auto& range : day.ranges) {
    FUZZ_CHECK(0 <= range.from && range.from < range.to && range.to <= 1440);
    FUZZ_CHECK(range.from >= end);
    end = range.to;
  }
}

void CheckStates(const text::OpeningHours& hours, const text::Date& first) {
  for (int offset = 0; offset < 14; ++offset) {
    const text::Date date = text::AddDays(first, offset);
    CheckDay(text::HoursOn(hours, date));
    for (int minute = 0; minute < 1440; minute += 90) {
      const text::OpenState state = text::StateAt(hours, date, minute);
      if (state.open) {
        FUZZ_CHECK(state.until > minute && state.until <= 1440);
      } else if (state.next_in_days) {
        FUZZ_CHECK(*state.next_in_days >= 0 && *state.next_in_days <= 14);
        FUZZ_CHECK(state.next_from >= 0 && state.next_from < 1440);
        if (*state.next_in_days == 0) FUZZ_CHECK(state.next_from > minute);
      }
      FUZZ_CHECK(!text::DescribeState(state).empty());
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return 0;  // the CSV reader's field limit
  std::string_view value(reinterpret_cast<const char*>(data), size);
  text::OpeningHoursError error;
  auto hours = text::ParseOpeningHours(value, error);
  if (!hours) {
    FUZZ_CHECK(error.offset <= size);
    FUZZ_CHECK(!error.message.empty() && !error.hint.empty());
    return 0;
  }
  for (const auto& day : text::RegularWeek(*hours)) CheckDay({day, false});
  CheckStates(*hours, {2026, 10, 20});  // over the autumn DST change
  CheckStates(*hours, {2026, 12, 24});  // over Christmas and the new year
  return 0;
}
