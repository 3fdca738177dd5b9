#include "render/contact_hours.h"

#include <nlohmann/json.hpp>

#include "render/script_block.h"
#include "text/week_words.h"

namespace enindgang {
namespace {
using kainjow::mustache::data;
using RegularWeek = std::array<std::vector<text::TimeRange>, 7>;

// "10.00–15.00, 16.00–17.00" on the locale's clock.
std::string TimesText(const std::vector<text::TimeRange>& ranges, const std::string& locale) {
  std::string out;
  for (const auto& range : ranges) {
    if (!out.empty()) out += ", ";
    out += text::FormatClock(range.from, locale) + "–" + text::FormatClock(range.to, locale);
  }
  return out;
}

data DayRow(const std::string& label, const std::vector<text::TimeRange>& ranges, const std::string& locale) {
  data row;
  row.set("day", label);
  row.set("closed", ranges.empty());
  SetText(row, "times", TimesText(ranges, locale));
  return row;
}

data WeekRows(const RegularWeek& week, const std::string& locale) {
  const auto& names = text::WeekdayNames(locale);
  data rows{data::type::list};
  for (int day = 0; day < 7; ++day) rows.push_back(DayRow(names[day], week[day], locale));
  return rows;
}

// The coming days whose hours are not the ordinary week's: a holiday, a closure.
data Exceptions(const text::OpeningHours& hours, const RegularWeek& week, const text::Date& from,
                const std::string& locale) {
  const auto& names = text::WeekdayNames(locale);
  data list{data::type::list};
  for (int offset = 0; offset < kHoursLookAheadDays; ++offset) {
    text::Date date = text::AddDays(from, offset);
    text::DayHours day = text::HoursOn(hours, date);
    const int weekday = text::WeekdayOf(date);
    if (day.ranges == week[weekday]) continue;
    data row = DayRow(names[weekday] + " " + text::FormatLongDate(date, locale), day.ranges, locale);
    row.set("holiday", day.holiday);
    list.push_back(row);
  }
  return list;
}

// The character(s) between hours and minutes: "." in Danish, ":" elsewhere.
std::string ClockSeparator(const std::string& locale) {
  std::string sample = text::FormatClock(10 * 60 + 1, locale);  // "10.01"
  auto from = sample.find("10"), to = sample.rfind("01");
  return from == std::string::npos || to == std::string::npos || to < from + 2 ? ":"
                                                                               : sample.substr(from + 2, to - from - 2);
}

std::string ScriptJson(const UiStrings& strings, const Language& language, const std::string& value) {
  nlohmann::json json;
  json["hours"] = value;
  json["weekdays"] = text::WeekdayNames(language.locale);
  json["sep"] = ClockSeparator(language.locale);
  // {time} and {weekday} are filled in by the script, as text.
  const std::map<std::string, text::MessageArg> slots = {{"time", std::string("{time}")},
                                                         {"weekday", std::string("{weekday}")}};
  for (const char* key : {"open", "opens_today", "opens_tomorrow", "opens_on", "holiday", "holiday_opens_tomorrow",
                          "holiday_opens_on", "closed"})
    json[key] = strings.Format(language, std::string("hours_now_") + key, slots);
  return JsonForScriptBlock(json);
}

}  // namespace

TemplateData HoursData(const UiStrings& strings, const Language& language, const std::string& value,
                       const text::OpeningHours& hours, const text::Date& build_day) {
  data d;
  const RegularWeek week = text::RegularWeek(hours);
  d.set("rows", WeekRows(week, language.locale));
  data exceptions = Exceptions(hours, week, build_day, language.locale);
  d.set("has_exceptions", !exceptions.is_empty_list());
  d.set("exceptions", exceptions);
  d.set("as_of_text",
        strings.Format(language, "local_hours_as_of", {{"date", text::FormatLongDate(build_day, language.locale)}}));
  d.set("script_json", ScriptJson(strings, language, value));
  return d;
}

}  // namespace enindgang
