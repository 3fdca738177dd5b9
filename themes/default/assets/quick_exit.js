// Quick exit ("Forlad siden hurtigt"). Without JavaScript the button is a
// plain link to a neutral site. With it, the page is *replaced* so that Back
// does not return here, and pressing Shift three times within five seconds
// does the same (as GOV.UK's "Exit this page").
(function () {
  'use strict';
  var button = document.querySelector('[data-quick-exit]');
  if (!button) return;
  var target = button.getAttribute('href');
  function leave(event) {
    if (event) event.preventDefault();
    document.body.style.visibility = 'hidden';
    document.title = '';
    window.location.replace(target);
  }
  button.addEventListener('click', leave);
  var presses = [];
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift' || event.repeat) return;
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 5000; });
    presses.push(now);
    if (presses.length >= 3) leave();
  });
})();
