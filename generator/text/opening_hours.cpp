#include "text/opening_hours.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

#include "text/danish_holidays.h"
#include "text/local_time.h"

// The browser's twin, themes/default/assets/opening_hours.js, follows this
// file function by function; change both together (tests/opening_hours_cases.tsv).
namespace enindgang::text {
namespace {

constexpr std::string_view kWeekdays[] = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
constexpr std::string_view kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr const char* kRuleHint = "write days, then hours, e.g. Mo-We 10:00-15:00; PH off";
constexpr const char* kWeekdayHint = "write weekdays as Mo Tu We Th Fr Sa Su, e.g. Mo-We 10:00-15:00";
constexpr const char* kMonthHint = "write dates as month and day, e.g. Dec 24-Dec 26 off";
constexpr const char* kTimeHint = "write times as HH:MM, e.g. Mo-We 10:00-15:00";
constexpr const char* kRulesHint = "separate rules with ';', e.g. Mo-We 10:00-15:00; Th 10:00-17:00";
constexpr int kDay = 24 * 60;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSpace(char c) { return c == ' ' || c == '\t'; }

int IndexIn(std::string_view word, const std::string_view* names, int count) {
  for (int i = 0; i < count; ++i)
    if (names[i] == word) return i;
  return -1;
}

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// Without a year, Feb 29 exists (it applies in leap years).
int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && (year == 0 || IsLeapYear(year)) ? 29 : kDays[month - 1];
}

std::string Quoted(std::string_view token) {
  if (token.empty()) return "the end";
  std::string quoted = "'";  // appended, not "'" + …: GCC 12 warns falsely (-Wrestrict) on that
  quoted.append(token).push_back('\'');
  return quoted;
}

// A recursive-descent reader of one value; each Read* returns false after
// filling `error` at the first place the value leaves the subset.
class Parser {
 public:
  Parser(std::string_view text, OpeningHoursError& error) : text_(text), error_(error) {}

  std::optional<OpeningHours> Parse() {
    OpeningHours hours;
    while (true) {
      HoursRule rule;
      if (!ReadRule(rule)) return std::nullopt;
      hours.rules.push_back(std::move(rule));
      if (pos_ == text_.size()) return hours;
      ++pos_;  // ReadRule stops only at the end or at ';'
    }
  }

 private:
  bool ReadRule(HoursRule& rule) {
    SkipSpaces();
    if (pos_ == text_.size() || text_[pos_] == ';')
      return Fail(pos_, "", "empty rule", "remove the extra ';', or " + std::string(kRuleHint));
    if (text_.substr(pos_).starts_with("24/7")) {
      pos_ += 4;
      rule.weekdays.fill(true);
      rule.ranges = {{0, kDay}};
      return EndOfRule();
    }
    const std::string_view word = WordAt(pos_);
    if ((IsDigit(Peek()) && !YearAhead()) || word == "off" || word == "closed") {  // hours without days: every day
      rule.weekdays.fill(true);
      return ReadHours(rule) && EndOfRule();
    }
    if (YearAhead() || IndexIn(word, kMonths, 12) >= 0) {
      DateSpan span;
      if (!ReadDateSpan(span)) return false;
      rule.dates = span;
    } else if (!ReadDays(rule)) {
      return false;
    }
    SkipSpaces();
    // Days without hours are open all day, as in OSM ("Mo-Fr" = "Mo-Fr 00:00-24:00").
    if (pos_ == text_.size() || text_[pos_] == ';') {
      rule.ranges = {{0, kDay}};
      return true;
    }
    return ReadHours(rule) && EndOfRule();
  }

  // "Mo,We-Fr", "Sa-Mo" (wrapping over Sunday), "PH", "Mo-Fr,PH".
  bool ReadDays(HoursRule& rule) {
    do {
      const size_t at = pos_;
      const std::string_view word = WordAt(at);
      if (word == "PH") {
        pos_ += 2;
        rule.public_holidays = true;
        continue;
      }
      const int first = IndexIn(word, kWeekdays, 7);
      if (first < 0) return FailUnknownWord(at, word);
      pos_ += word.size();
      int last = first;
      if (Accept('-')) {
        const size_t last_at = pos_;
        last = IndexIn(WordAt(last_at), kWeekdays, 7);
        if (last < 0) {
          const std::string_view token = TokenAt(last_at);
          return Fail(
              last_at, token,
              (WordAt(last_at).empty() ? "expected a weekday after '-', found " : "unknown weekday ") + Quoted(token),
              kWeekdayHint);
        }
        pos_ += WordAt(last_at).size();
      }
      for (int day = first;; day = (day + 1) % 7) {
        rule.weekdays[day] = true;
        if (day == last) break;
      }
    } while (Accept(','));
    return true;
  }

  // At the start of a rule, a word that is neither a weekday nor a month:
  // a month when a day number follows it ("Dex 24"), else a weekday.
  bool FailUnknownWord(size_t at, std::string_view word) {
    const std::string_view token = TokenAt(at);
    if (word.empty()) return Fail(at, token, "expected weekdays, PH or a date, found " + Quoted(token), kRuleHint);
    size_t next = at + word.size();
    while (next < text_.size() && IsSpace(text_[next])) ++next;
    size_t digits = next;
    while (digits < text_.size() && IsDigit(text_[digits])) ++digits;
    const bool day_follows = digits > next && digits - next <= 2 && (digits == text_.size() || text_[digits] != ':');
    const bool three_letters = word.size() == 3 && std::all_of(word.begin(), word.end(), [](char c) {
                                 return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
                               });
    if (three_letters && day_follows) return Fail(at, token, "unknown month " + Quoted(token), kMonthHint);
    return Fail(at, token, "unknown weekday " + Quoted(token), kWeekdayHint);
  }

  // "Dec 24", "Dec 24-Dec 26", "2026 Dec 24-Dec 26", "Dec 27-Jan 2", "2026 Dec 28-2027 Jan 3".
  bool ReadDateSpan(DateSpan& span) {
    const size_t at = pos_;
    if (!ReadDate(span.from_year, span.from_month, span.from_day)) return false;
    if (!Accept('-')) {
      std::tie(span.to_year, span.to_month, span.to_day) = std::tie(span.from_year, span.from_month, span.from_day);
      return true;
    }
    if (IsDigit(Peek()) && !YearAhead())
      return Fail(pos_, TokenAt(pos_), "expected a month after '-', found " + Quoted(TokenAt(pos_)),
                  "repeat the month, e.g. Dec 24-Dec 26 off");
    if (!ReadDate(span.to_year, span.to_month, span.to_day)) return false;
    const std::string_view written = text_.substr(at, pos_ - at);
    const auto from = std::tie(span.from_year, span.from_month, span.from_day);
    const auto to = std::tie(span.to_month, span.to_day);
    if (span.from_year == 0 && span.to_year != 0)
      return Fail(at, written, "the span '" + std::string(written) + "' has a year only at its end",
                  "give both years, e.g. 2026 Dec 28-2027 Jan 3 off");
    // "2026 Dec 28-Jan 3" ends in the next year.
    if (span.from_year != 0 && span.to_year == 0)
      span.to_year = span.from_year + (to < std::tie(span.from_month, span.from_day) ? 1 : 0);
    if (span.from_year != 0 && std::tie(span.to_year, span.to_month, span.to_day) < from)
      return Fail(at, written, "the span '" + std::string(written) + "' ends before it starts",
                  "write the earlier date first, e.g. 2026 Dec 28-2027 Jan 3 off");
    return true;
  }

  bool ReadDate(int& year, int& month, int& day) {
    if (YearAhead()) {
      year = std::stoi(std::string(text_.substr(pos_, 4)));
      pos_ += 4;
      SkipSpaces();
    }
    const size_t at = pos_;
    const std::string_view word = WordAt(at);
    month = IndexIn(word, kMonths, 12) + 1;
    if (month == 0) return Fail(at, TokenAt(at), "unknown month " + Quoted(TokenAt(at)), kMonthHint);
    pos_ += word.size();
    SkipSpaces();
    const size_t day_at = pos_;
    while (pos_ < text_.size() && IsDigit(text_[pos_])) ++pos_;
    const std::string_view digits = text_.substr(day_at, pos_ - day_at);
    if (digits.empty() || digits.size() > 2)
      return Fail(day_at, TokenAt(day_at),
                  "expected a day of the month after '" + std::string(word) + "', found " + Quoted(TokenAt(day_at)),
                  kMonthHint);
    day = std::stoi(std::string(digits));
    if (day < 1 || day > DaysInMonth(year, month)) {
      const std::string written(text_.substr(at, pos_ - at));
      return Fail(at, written, "'" + written + "' is not a date" + (year ? " in " + std::to_string(year) : ""),
                  kMonthHint);
    }
    return true;
  }

  // "off", "closed", or "08:00-12:00,13:00-15:00" (in order, not overlapping).
  bool ReadHours(HoursRule& rule) {
    const std::string_view word = WordAt(pos_);
    if (word == "off" || word == "closed") {
      pos_ += word.size();
      rule.ranges.clear();
      return true;
    }
    do {
      const size_t at = pos_;
      TimeRange range;
      if (!ReadRange(range)) return false;
      if (!rule.ranges.empty() && range.from < rule.ranges.back().to) {
        const std::string written(text_.substr(at, pos_ - at));
        return Fail(at, written, "'" + written + "' starts before the range before it ends",
                    "write a day's ranges in order, e.g. 08:00-12:00,13:00-15:00");
      }
      rule.ranges.push_back(range);
    } while (Accept(','));
    return true;
  }

  bool ReadRange(TimeRange& range) {
    const size_t at = pos_;
    if (!ReadTime(range.from)) return false;
    if (!Accept('-'))
      return Fail(pos_, TokenAt(pos_), "expected '-' and the closing time, found " + Quoted(TokenAt(pos_)), kTimeHint);
    if (!ReadTime(range.to)) return false;
    const std::string written(text_.substr(at, pos_ - at));
    if (range.to < range.from)
      return Fail(at, written, "'" + written + "' goes over midnight, which these hours cannot say",
                  "split it into two days, e.g. Fr 22:00-24:00; Sa 00:00-02:00");
    if (range.to == range.from) return Fail(at, written, "'" + written + "' is empty", kTimeHint);
    return true;
  }

  bool ReadTime(int& minute) {
    const size_t at = pos_;
    while (pos_ < text_.size() && (IsDigit(text_[pos_]) || text_[pos_] == ':')) ++pos_;
    const std::string token(text_.substr(at, pos_ - at));
    if (token.empty()) return Fail(at, TokenAt(at), "expected a time, found " + Quoted(TokenAt(at)), kTimeHint);
    if (token.find(':') == std::string::npos) return Fail(at, token, "time '" + token + "' needs minutes", kTimeHint);
    if (token.size() != 5 || token[2] != ':' || !IsDigit(token[0]) || !IsDigit(token[1]) || !IsDigit(token[3]) ||
        !IsDigit(token[4]))
      return Fail(at, token, "'" + token + "' is not a time in HH:MM", kTimeHint);
    const int hour = std::stoi(token.substr(0, 2));
    const int minutes = std::stoi(token.substr(3, 2));
    if (hour > 24 || minutes > 59 || (hour == 24 && minutes > 0))
      return Fail(at, token, "'" + token + "' is not a time of day 00:00–24:00", kTimeHint);
    minute = hour * 60 + minutes;
    return true;
  }

  bool EndOfRule() {
    SkipSpaces();
    if (pos_ == text_.size() || text_[pos_] == ';') return true;
    return Fail(pos_, TokenAt(pos_), "unexpected " + Quoted(TokenAt(pos_)) + " after the hours", kRulesHint);
  }

  // Four digits, spaces, then a letter: the year of a date ("2026 Dec 24").
  bool YearAhead() const {
    size_t i = pos_;
    while (i < text_.size() && IsDigit(text_[i])) ++i;
    if (i - pos_ != 4) return false;
    while (i < text_.size() && IsSpace(text_[i])) ++i;
    return i > pos_ + 4 && i < text_.size() && !WordAt(i).empty();
  }

  // Letters and anything else that is not a separator, digit or ':'.
  std::string_view WordAt(size_t at) const {
    size_t end = at;
    while (end < text_.size() && !IsSpace(text_[end]) && !IsDigit(text_[end]) &&
           std::string_view(";,-:/").find(text_[end]) == std::string_view::npos)
      ++end;
    return text_.substr(at, end - at);
  }

  // What an error quotes: everything up to the next space or separator.
  std::string_view TokenAt(size_t at) const {
    size_t end = at;
    while (end < text_.size() && !IsSpace(text_[end]) && text_[end] != ';' && text_[end] != ',') ++end;
    if (end == at && at < text_.size()) ++end;  // a lone separator
    return text_.substr(at, end - at);
  }

  char Peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }

  void SkipSpaces() {
    while (pos_ < text_.size() && IsSpace(text_[pos_])) ++pos_;
  }

  // Spaces are allowed around ',', '-' (and ';', which Parse handles).
  bool Accept(char separator) {
    SkipSpaces();
    if (Peek() != separator) return false;
    ++pos_;
    SkipSpaces();
    return true;
  }

  bool Fail(size_t at, std::string_view token, std::string message, std::string hint) {
    error_ = {at, std::string(token), std::move(message), std::move(hint)};
    return false;
  }

  std::string_view text_;
  OpeningHoursError& error_;
  size_t pos_ = 0;
};

bool InSpan(const DateSpan& span, const Date& date) {
  if (span.from_year != 0) {
    const auto day = std::tie(date.year, date.month, date.day);
    return std::tie(span.from_year, span.from_month, span.from_day) <= day &&
           day <= std::tie(span.to_year, span.to_month, span.to_day);
  }
  const int from = span.from_month * 100 + span.from_day;
  const int to = span.to_month * 100 + span.to_day;
  const int day = date.month * 100 + date.day;
  return from <= to ? from <= day && day <= to : day >= from || day <= to;  // a span over the new year wraps
}

bool Selects(const HoursRule& rule, const Date& date) {
  if (rule.dates) return InSpan(*rule.dates, date);
  return rule.weekdays[WeekdayOf(date)] || (rule.public_holidays && IsDanishPublicHoliday(date));
}

// When the first range of `day` that starts at or after `minute` starts, if any.
std::optional<int> FirstFrom(const DayHours& day, int minute) {
  for (const auto& range : day.ranges)
    if (range.from >= minute) return range.from;
  return std::nullopt;
}

}  // namespace

std::optional<OpeningHours> ParseOpeningHours(std::string_view value, OpeningHoursError& error) {
  return Parser(value, error).Parse();
}

// Sakamoto's method (0 = Sunday there), shifted so that Monday is 0.
int WeekdayOf(const Date& date) {
  static constexpr int kOffsets[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  const int year = date.month < 3 ? date.year - 1 : date.year;
  const int from_sunday = (year + year / 4 - year / 100 + year / 400 + kOffsets[date.month - 1] + date.day) % 7;
  return (from_sunday + 6) % 7;
}

DayHours HoursOn(const OpeningHours& hours, const Date& date) {
  DayHours day;
  for (const auto& rule : hours.rules) {
    if (!Selects(rule, date)) continue;
    day.ranges = rule.ranges;
    day.holiday = !rule.dates && rule.public_holidays && IsDanishPublicHoliday(date);
  }
  return day;
}

std::array<std::vector<TimeRange>, 7> RegularWeek(const OpeningHours& hours) {
  std::array<std::vector<TimeRange>, 7> week;
  for (const auto& rule : hours.rules) {
    if (rule.dates) continue;
    for (int day = 0; day < 7; ++day)
      if (rule.weekdays[day]) week[day] = rule.ranges;
  }
  return week;
}

OpenState StateAt(const OpeningHours& hours, const Date& date, int minute) {
  OpenState state;
  const DayHours today = HoursOn(hours, date);
  for (const auto& range : today.ranges) {
    if (range.from <= minute && minute < range.to) {
      state.open = true;
      state.until = range.to;
      return state;
    }
  }
  state.holiday_today = today.holiday && today.ranges.empty();
  for (int days = 0; days <= 14; ++days) {
    const auto next = FirstFrom(days == 0 ? today : HoursOn(hours, AddDays(date, days)), days == 0 ? minute : 0);
    if (next) {
      state.next_in_days = days;
      state.next_from = *next;
      return state;
    }
  }
  return state;
}

OpenState StateAtInstant(const OpeningHours& hours, int64_t utc_ms) {
  const LocalDateTime local = LocalDateTimeAt(utc_ms);
  return StateAt(hours, local.date, local.hour * 60 + local.minute);
}

std::string DescribeState(const OpenState& state) {
  if (state.open) return "open " + ClockText(state.until);
  const std::string word = state.holiday_today ? "holiday" : "closed";
  if (!state.next_in_days) return word + " never";
  return word + " " + std::to_string(*state.next_in_days) + " " + ClockText(state.next_from);
}

std::string ClockText(int minute) {
  char text[8];
  std::snprintf(text, sizeof text, "%02d:%02d", minute / 60 % 100, minute % 60);
  return text;
}

}  // namespace enindgang::text
