#pragma once
#include <string>

#include "load/site_config.h"
#include "render/template_set.h"
#include "render/ui_strings.h"
#include "text/dates.h"
#include "text/opening_hours.h"

namespace enindgang {

// What a local page shows about a phone line's hours, in the reader's
// language: the ordinary week as a table (weekday names and times from ICU),
// the days within kHoursLookAheadDays of the build that differ from it
// (public holidays, dated closures), the build's date, and the data the
// browser's twin (opening_hours.js) needs to say "open now" on its own clock.
//
//   rows:       [{day, times, closed}]   Monday first; times "10.00–15.00, 16.00–17.00"
//   exceptions: [{date, times, closed, holiday}]
//   as_of_text: "Tiderne er fra kommunens side. Siden er lavet 7. december 2026."
//   script_json: {"hours": the value, "weekdays": [...], "sep": ".", "open": "Åben nu – til kl. {time}", ...}
TemplateData HoursData(const UiStrings& strings, const Language& language, const std::string& value,
                       const text::OpeningHours& hours, const text::Date& build_day);

inline constexpr int kHoursLookAheadDays = 31;

}  // namespace enindgang
