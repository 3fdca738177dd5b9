// Who answers now, on a local page with typed opening hours. The rules are
// opening_hours.js's (the twin of the build's text/opening_hours); this file
// only says the result in the page's words and orders the numbers by it:
// when the municipality's line is closed, the after-hours route (its own, or
// BørneTelefonen 116 111) comes first, in the page and in the help bar, and
// 112 after it. No number is ever hidden. Without JavaScript the page keeps
// its order and shows the week as a table.
(function () {
  'use strict';
  var hoursApi = window.EnindgangHours;
  var data = document.querySelector('script[data-hours]');
  var box = document.querySelector('[data-contact-status]');
  if (!hoursApi || !data || !box) return;
  var words;
  try { words = JSON.parse(data.textContent); } catch (err) { return; }
  var hours = hoursApi.parse(words.hours);
  if (!hours || !hours.rules) return;

  var statusText = box.querySelector('.status-text');
  var contact = document.querySelector('.local-contact');
  var afterHours = document.querySelector('[data-after-hours]');
  var helpBar = document.querySelector('.help-bar ul');

  function clock(minute) {
    function two(x) { return (x < 10 ? '0' : '') + x; }
    return two(Math.floor(minute / 60)) + words.sep + two(minute % 60);
  }
  function fill(pattern, time, weekday) {
    return pattern.split('{time}').join(time).split('{weekday}').join(weekday || '');
  }

  function message(state, weekday) {
    if (state.open) return fill(words.open, clock(state.until));
    if (state.next_in_days === null) return state.holiday_today ? words.holiday : words.closed;
    var time = clock(state.next_from);
    var day = words.weekdays[(weekday + state.next_in_days) % 7];
    if (state.holiday_today) return fill(state.next_in_days === 1 ? words.holiday_opens_tomorrow : words.holiday_opens_on, time, day);
    if (state.next_in_days === 0) return fill(words.opens_today, time);
    if (state.next_in_days === 1) return fill(words.opens_tomorrow, time);
    return fill(words.opens_on, time, day);
  }

  // The help bar's items: the after-hours line first when closed (the police's
  // 114 where that is the route, else 116 111), 112 last; 112 first when open.
  function orderHelpBar(closed) {
    if (!helpBar) return;
    var item = function (href) { var a = helpBar.querySelector('a[href="' + href + '"]'); return a && a.closest('li'); };
    var emergency = item('tel:112'), helpline = item('tel:116111'), police = item('tel:114');
    if (!emergency) return;
    if (closed) {
      if (helpline) helpBar.insertBefore(helpline, helpBar.firstChild);
      if (police) helpBar.insertBefore(police, helpBar.firstChild);
      helpBar.appendChild(emergency);
    } else {
      helpBar.insertBefore(emergency, helpBar.firstChild);
    }
  }

  function orderPage(closed) {
    if (!afterHours || !contact) return;
    if (closed) box.parentNode.insertBefore(afterHours, contact);
    else contact.parentNode.insertBefore(afterHours, contact.nextSibling);
  }

  var shown = null;
  function update() {
    var now = hoursApi.wallClock(Date.now());
    var state = hoursApi.stateAt(hours, now.date, now.minute);
    var text = message(state, hoursApi.weekdayOf(now.date));
    if (statusText.textContent !== text) statusText.textContent = text;
    box.hidden = false;
    box.classList.toggle('is-closed', !state.open);
    if (shown !== state.open) {
      orderPage(!state.open);
      orderHelpBar(!state.open);
      shown = state.open;
    }
  }
  update();
  // A child may keep the page open past closing time.
  window.setInterval(update, 30 * 1000);
})();
