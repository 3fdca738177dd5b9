// Quick exit ("Forlad siden hurtigt"). Without JavaScript the button is a
// plain link to a neutral site. With it, the page is *replaced* so that Back
// does not return here, and pressing Shift three times within five seconds
// does the same (as GOV.UK's "Exit this page").
//
// Replacing one page is not enough: Back would show the page before it. So
// every move within the site replaces the current history entry too, and the
// whole visit stays one entry, the one the exit replaces.
(function () {
  'use strict';

  // The site's own navigation; lookup.js calls it when it opens a local page.
  function navigate(url) { window.location.replace(url); }
  window.EnindgangNavigate = navigate;

  // A plain click on a link to a page of this site. A click with a modifier
  // key, or on a link for a new window or a download, keeps its own meaning;
  // tel:, mailto: and other sites (the exit among them) are left to the browser.
  function isOwnPlainClick(event, link) {
    if (event.defaultPrevented || event.button !== 0) return false;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
    if (link.hasAttribute('download') || (link.target && link.target !== '_self')) return false;
    return (link.protocol === 'http:' || link.protocol === 'https:') && link.origin === window.location.origin;
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[href]');
    if (!link || !isOwnPlainClick(event, link)) return;
    event.preventDefault();
    navigate(link.href);
  });

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
