// Opening hours: the browser's twin of generator/text/opening_hours.{h,cpp}
// and danish_holidays.cpp, which state the rules; change both together and
// check them against tests/opening_hours_cases.tsv (node tests/js/opening_hours_test.js).
// Times are read on a Copenhagen wall clock, whatever zone the phone is in.
(function () {
  'use strict';
  var WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var RULE_HINT = 'write days, then hours, e.g. Mo-We 10:00-15:00; PH off';
  var WEEKDAY_HINT = 'write weekdays as Mo Tu We Th Fr Sa Su, e.g. Mo-We 10:00-15:00';
  var MONTH_HINT = 'write dates as month and day, e.g. Dec 24-Dec 26 off';
  var TIME_HINT = 'write times as HH:MM, e.g. Mo-We 10:00-15:00';
  var RULES_HINT = "separate rules with ';', e.g. Mo-We 10:00-15:00; Th 10:00-17:00";
  var DAY = 1440;

  function isDigit(c) { return c >= '0' && c <= '9'; }
  function isSpace(c) { return c === ' ' || c === '\t'; }
  function quoted(token) { return token ? "'" + token + "'" : 'the end'; }
  function allWeek() { return [true, true, true, true, true, true, true]; }
  function noWeek() { return [false, false, false, false, false, false, false]; }

  // Without a year, Feb 29 exists (it applies in leap years).
  function daysInMonth(year, month) {
    return month === 2 && !year ? 29 : new Date(Date.UTC(year, month, 0)).getUTCDate();
  }
  // Dates as numbers that compare like the dates: 20261224.
  function key(y, m, d) { return y * 10000 + m * 100 + d; }

  // Thrown inside parse, returned by it.
  function Failure(offset, token, message, hint) {
    this.offset = offset; this.token = token; this.message = message; this.hint = hint;
  }

  // Returns {rules: [...]} or {error: {offset, token, message, hint}}. The C++
  // counts bytes of UTF-8, this counts UTF-16 units: the same, because every
  // error lies at or before the first non-ASCII character (none is accepted).
  function parse(text) {
    var pos = 0;
    var n = text.length;

    function fail(at, token, message, hint) { throw new Failure(at, token, message, hint); }
    function peek() { return pos < n ? text[pos] : ''; }
    function skipSpaces() { while (pos < n && isSpace(text[pos])) pos++; }
    function accept(c) {
      skipSpaces();
      if (peek() !== c) return false;
      pos++;
      skipSpaces();
      return true;
    }
    function wordAt(at) {
      var end = at;
      while (end < n && !isSpace(text[end]) && !isDigit(text[end]) && ';,-:/'.indexOf(text[end]) < 0) end++;
      return text.slice(at, end);
    }
    function tokenAt(at) {
      var end = at;
      while (end < n && !isSpace(text[end]) && text[end] !== ';' && text[end] !== ',') end++;
      if (end === at && at < n) end++;
      return text.slice(at, end);
    }
    function yearAhead() {
      var i = pos;
      while (i < n && isDigit(text[i])) i++;
      if (i - pos !== 4) return false;
      while (i < n && isSpace(text[i])) i++;
      return i > pos + 4 && i < n && wordAt(i) !== '';
    }

    function readTime() {
      var at = pos;
      while (pos < n && (isDigit(text[pos]) || text[pos] === ':')) pos++;
      var token = text.slice(at, pos);
      if (!token) fail(at, tokenAt(at), 'expected a time, found ' + quoted(tokenAt(at)), TIME_HINT);
      if (token.indexOf(':') < 0) fail(at, token, "time '" + token + "' needs minutes", TIME_HINT);
      if (!/^\d\d:\d\d$/.test(token)) fail(at, token, "'" + token + "' is not a time in HH:MM", TIME_HINT);
      var hour = +token.slice(0, 2), minutes = +token.slice(3);
      if (hour > 24 || minutes > 59 || (hour === 24 && minutes > 0)) {
        fail(at, token, "'" + token + "' is not a time of day 00:00–24:00", TIME_HINT);
      }
      return hour * 60 + minutes;
    }

    function readRange() {
      var at = pos;
      var from = readTime();
      if (!accept('-')) fail(pos, tokenAt(pos), "expected '-' and the closing time, found " + quoted(tokenAt(pos)), TIME_HINT);
      var to = readTime();
      var written = text.slice(at, pos);
      if (to < from) {
        fail(at, written, "'" + written + "' goes over midnight, which these hours cannot say",
          'split it into two days, e.g. Fr 22:00-24:00; Sa 00:00-02:00');
      }
      if (to === from) fail(at, written, "'" + written + "' is empty", TIME_HINT);
      return { from: from, to: to };
    }

    function readHours(rule) {
      var word = wordAt(pos);
      if (word === 'off' || word === 'closed') {
        pos += word.length;
        rule.ranges = [];
        return;
      }
      do {
        var at = pos;
        var range = readRange();
        var last = rule.ranges[rule.ranges.length - 1];
        if (last && range.from < last.to) {
          var written = text.slice(at, pos);
          fail(at, written, "'" + written + "' starts before the range before it ends",
            "write a day's ranges in order, e.g. 08:00-12:00,13:00-15:00");
        }
        rule.ranges.push(range);
      } while (accept(','));
    }

    function endOfRule() {
      skipSpaces();
      if (pos < n && text[pos] !== ';') {
        fail(pos, tokenAt(pos), 'unexpected ' + quoted(tokenAt(pos)) + ' after the hours', RULES_HINT);
      }
    }

    // At the start of a rule, a word that is neither a weekday nor a month:
    // a month when a day number follows it ("Dex 24"), else a weekday.
    function failUnknownWord(at, word) {
      var token = tokenAt(at);
      if (!word) fail(at, token, 'expected weekdays, PH or a date, found ' + quoted(token), RULE_HINT);
      var next = at + word.length;
      while (next < n && isSpace(text[next])) next++;
      var digits = next;
      while (digits < n && isDigit(text[digits])) digits++;
      var dayFollows = digits > next && digits - next <= 2 && text[digits] !== ':';
      if (/^[A-Za-z]{3}$/.test(word) && dayFollows) {
        fail(at, token, 'unknown month ' + quoted(token), MONTH_HINT);
      }
      fail(at, token, 'unknown weekday ' + quoted(token), WEEKDAY_HINT);
    }

    function readDays(rule) {
      do {
        var at = pos;
        var word = wordAt(at);
        if (word === 'PH') {
          pos += 2;
          rule.public_holidays = true;
          continue;
        }
        var first = WEEKDAYS.indexOf(word);
        if (first < 0) failUnknownWord(at, word);
        pos += word.length;
        var last = first;
        if (accept('-')) {
          var lastAt = pos;
          last = WEEKDAYS.indexOf(wordAt(lastAt));
          if (last < 0) {
            fail(lastAt, tokenAt(lastAt), (wordAt(lastAt) ? 'unknown weekday ' : "expected a weekday after '-', found ") +
              quoted(tokenAt(lastAt)), WEEKDAY_HINT);
          }
          pos += wordAt(lastAt).length;
        }
        for (var day = first; ; day = (day + 1) % 7) {
          rule.weekdays[day] = true;
          if (day === last) break;
        }
      } while (accept(','));
    }

    function readDate() {
      var year = 0;
      if (yearAhead()) {
        year = +text.slice(pos, pos + 4);
        pos += 4;
        skipSpaces();
      }
      var at = pos;
      var word = wordAt(at);
      var month = MONTHS.indexOf(word) + 1;
      if (!month) fail(at, tokenAt(at), 'unknown month ' + quoted(tokenAt(at)), MONTH_HINT);
      pos += word.length;
      skipSpaces();
      var dayAt = pos;
      while (pos < n && isDigit(text[pos])) pos++;
      var digits = text.slice(dayAt, pos);
      if (!digits || digits.length > 2) {
        fail(dayAt, tokenAt(dayAt), "expected a day of the month after '" + word + "', found " + quoted(tokenAt(dayAt)), MONTH_HINT);
      }
      var day = +digits;
      if (day < 1 || day > daysInMonth(year, month)) {
        var written = text.slice(at, pos);
        fail(at, written, "'" + written + "' is not a date" + (year ? ' in ' + year : ''), MONTH_HINT);
      }
      return { year: year, month: month, day: day };
    }

    function readDateSpan() {
      var at = pos;
      var from = readDate();
      if (!accept('-')) return { from: from, to: from };
      if (isDigit(peek()) && !yearAhead()) {
        fail(pos, tokenAt(pos), "expected a month after '-', found " + quoted(tokenAt(pos)), 'repeat the month, e.g. Dec 24-Dec 26 off');
      }
      var to = readDate();
      var written = text.slice(at, pos);
      if (!from.year && to.year) {
        fail(at, written, "the span '" + written + "' has a year only at its end", 'give both years, e.g. 2026 Dec 28-2027 Jan 3 off');
      }
      // "2026 Dec 28-Jan 3" ends in the next year.
      if (from.year && !to.year) to.year = from.year + (key(0, to.month, to.day) < key(0, from.month, from.day) ? 1 : 0);
      if (from.year && key(to.year, to.month, to.day) < key(from.year, from.month, from.day)) {
        fail(at, written, "the span '" + written + "' ends before it starts", 'write the earlier date first, e.g. 2026 Dec 28-2027 Jan 3 off');
      }
      return { from: from, to: to };
    }

    function readRule() {
      skipSpaces();
      var rule = { weekdays: noWeek(), public_holidays: false, dates: null, ranges: [] };
      if (pos === n || text[pos] === ';') fail(pos, '', 'empty rule', "remove the extra ';', or " + RULE_HINT);
      if (text.slice(pos, pos + 4) === '24/7') {
        pos += 4;
        rule.weekdays = allWeek();
        rule.ranges = [{ from: 0, to: DAY }];
        endOfRule();
        return rule;
      }
      var word = wordAt(pos);
      if ((isDigit(peek()) && !yearAhead()) || word === 'off' || word === 'closed') {  // hours without days: every day
        rule.weekdays = allWeek();
        readHours(rule);
        endOfRule();
        return rule;
      }
      if (yearAhead() || MONTHS.indexOf(word) >= 0) rule.dates = readDateSpan();
      else readDays(rule);
      skipSpaces();
      // Days without hours are open all day, as in OSM ("Mo-Fr" = "Mo-Fr 00:00-24:00").
      if (pos === n || text[pos] === ';') {
        rule.ranges = [{ from: 0, to: DAY }];
        return rule;
      }
      readHours(rule);
      endOfRule();
      return rule;
    }

    var rules = [];
    try {
      for (;;) {
        rules.push(readRule());
        if (pos === n) return { rules: rules };
        pos++;
      }
    } catch (e) {
      if (!(e instanceof Failure)) throw e;
      return { error: e };
    }
  }

  // Dates are {year, month, day}; arithmetic on UTC days, which have no DST.
  function addDays(date, days) {
    var d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  function weekdayOf(date) { return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7; }
  function sameDay(a, b) { return a.year === b.year && a.month === b.month && a.day === b.day; }

  // Meeus/Jones/Butcher, as EasterSunday in danish_holidays.cpp.
  function easterSunday(year) {
    var a = year % 19, b = Math.floor(year / 100), c = year % 100;
    var d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
    var h = (19 * a + b - d - g + 15) % 30;
    var i = Math.floor(c / 4), k = c % 4;
    var l = (32 + 2 * e + 2 * i - h - k) % 7;
    var m = Math.floor((a + 11 * h + 22 * l) / 451);
    var x = h + l - 7 * m + 114;
    return { year: year, month: Math.floor(x / 31), day: x % 31 + 1 };
  }

  // Store bededag (Easter + 26) only up to 2023: abolished from 2024.
  function isPublicHoliday(date) {
    if ((date.month === 1 && date.day === 1) || (date.month === 12 && (date.day === 25 || date.day === 26))) return true;
    var easter = easterSunday(date.year);
    var offsets = [-3, -2, 0, 1, 39, 49, 50];
    if (date.year <= 2023) offsets.push(26);
    return offsets.some(function (offset) { return sameDay(addDays(easter, offset), date); });
  }

  function inSpan(span, date) {
    if (span.from.year) {
      var day = key(date.year, date.month, date.day);
      return key(span.from.year, span.from.month, span.from.day) <= day && day <= key(span.to.year, span.to.month, span.to.day);
    }
    var from = key(0, span.from.month, span.from.day), to = key(0, span.to.month, span.to.day);
    var d = key(0, date.month, date.day);
    return from <= to ? from <= d && d <= to : d >= from || d <= to;  // a span over the new year wraps
  }

  function selects(rule, date) {
    if (rule.dates) return inSpan(rule.dates, date);
    return rule.weekdays[weekdayOf(date)] || (rule.public_holidays && isPublicHoliday(date));
  }

  function hoursOn(hours, date) {
    var day = { ranges: [], holiday: false };
    hours.rules.forEach(function (rule) {
      if (!selects(rule, date)) return;
      day.ranges = rule.ranges;
      day.holiday = !rule.dates && rule.public_holidays && isPublicHoliday(date);
    });
    return day;
  }

  function regularWeek(hours) {
    var week = [[], [], [], [], [], [], []];
    hours.rules.forEach(function (rule) {
      if (rule.dates) return;
      for (var day = 0; day < 7; day++) if (rule.weekdays[day]) week[day] = rule.ranges;
    });
    return week;
  }

  // {open, until, holiday_today, next_in_days (null: nothing within 14 days), next_from}.
  function stateAt(hours, date, minute) {
    var state = { open: false, until: 0, holiday_today: false, next_in_days: null, next_from: 0 };
    var today = hoursOn(hours, date);
    for (var i = 0; i < today.ranges.length; i++) {
      var range = today.ranges[i];
      if (range.from <= minute && minute < range.to) {
        state.open = true;
        state.until = range.to;
        return state;
      }
    }
    state.holiday_today = today.holiday && today.ranges.length === 0;
    for (var days = 0; days <= 14; days++) {
      var ranges = days === 0 ? today.ranges : hoursOn(hours, addDays(date, days)).ranges;
      var from = days === 0 ? minute : 0;
      for (var j = 0; j < ranges.length; j++) {
        if (ranges[j].from >= from) {
          state.next_in_days = days;
          state.next_from = ranges[j].from;
          return state;
        }
      }
    }
    return state;
  }

  var copenhagen = null;
  // The wall clock in Copenhagen at an instant (ms since 1970 UTC): {date, minute}.
  function wallClock(utcMs) {
    copenhagen = copenhagen || new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    var parts = {};
    copenhagen.formatToParts(new Date(utcMs)).forEach(function (part) { parts[part.type] = +part.value; });
    return { date: { year: parts.year, month: parts.month, day: parts.day }, minute: (parts.hour % 24) * 60 + parts.minute };
  }
  function stateAtInstant(hours, utcMs) {
    var now = wallClock(utcMs);
    return stateAt(hours, now.date, now.minute);
  }

  function clockText(minute) {
    function two(x) { return (x < 10 ? '0' : '') + x; }
    return two(Math.floor(minute / 60)) + ':' + two(minute % 60);
  }

  // The shared table's spelling: "open 15:00", "closed 1 10:00", "holiday 3 10:00", "closed never".
  function describe(state) {
    if (state.open) return 'open ' + clockText(state.until);
    var word = state.holiday_today ? 'holiday' : 'closed';
    return state.next_in_days === null ? word + ' never' : word + ' ' + state.next_in_days + ' ' + clockText(state.next_from);
  }

  var api = { parse: parse, stateAt: stateAt, stateAtInstant: stateAtInstant, describe: describe,
    regularWeek: regularWeek, hoursOn: hoursOn, wallClock: wallClock, weekdayOf: weekdayOf, isPublicHoliday: isPublicHoliday, clockText: clockText };
  if (typeof window !== 'undefined') window.EnindgangHours = api;
  if (typeof module !== 'undefined') module.exports = api;
})();
