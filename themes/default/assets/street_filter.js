// The street field of a split postcode's choice page (postcode.mustache): as the
// child types, only the streets that fit stay in the lists, and the result says
// which municipality they belong to. Each line's data-street is FoldForSearch of
// the street name (generator/render/street_choice_data.cpp); fold.js folds the
// query the same way (tests/fold_cases.tsv holds both to it). Without this
// script the field stays hidden and the lists are read as they are.
(function () {
  'use strict';
  var fold = typeof window !== 'undefined' && window.EnindgangFold ? window.EnindgangFold.fold
    : require('./fold.js').fold;

  // The query starts the street's key or a word in it: "gjedde" → "gjeddesdalsvej", "solhoj" → "lille solhojvej".
  function fits(key, query) {
    return key.indexOf(query) === 0 || key.indexOf(' ' + query) >= 0;
  }

  function init(section) {
    var filter = section.querySelector('[data-street-filter]'), input = filter && filter.querySelector('input');
    var result = filter && filter.querySelector('.street-result');
    if (!input || !result) return;
    var groups = Array.prototype.slice.call(section.querySelectorAll('.street-group'));
    filter.hidden = false;

    function el(tag, text) { var node = document.createElement(tag); if (text) node.textContent = text; return node; }
    function link(name, url) {
      var a = el('a', name);
      a.href = url;
      a.className = 'call-to-action secondary';
      a.lang = 'da';
      return a;
    }

    function update() {
      var query = fold(input.value), found = [];
      groups.forEach(function (group) {
        var lines = group.querySelectorAll('[data-street]'), any = false;
        Array.prototype.forEach.call(lines, function (line) {
          var yes = !query || fits(line.getAttribute('data-street'), query);
          line.hidden = !yes;
          any = any || yes;
        });
        group.hidden = !any;
        if (query && any && group.querySelector('h3 a[href]')) found.push(group.querySelector('h3 a[href]'));
      });
      result.textContent = '';
      if (!query) return;
      if (found.length) {
        result.appendChild(el('p', result.getAttribute('data-found')));
        var list = result.appendChild(el('ul'));
        list.className = 'choice-list';
        found.forEach(function (a) { list.appendChild(el('li')).appendChild(link(a.textContent, a.getAttribute('href'))); });
      } else {
        result.appendChild(el('p', result.getAttribute('data-none')));
        if (result.getAttribute('data-none-url')) {
          result.appendChild(el('p')).appendChild(link(result.getAttribute('data-none-name'), result.getAttribute('data-none-url')));
        }
      }
    }
    input.addEventListener('input', update);
    if (input.value) update();  // a value the browser kept on going back
  }

  if (typeof module !== 'undefined') module.exports = { fits: fits };
  if (typeof document !== 'undefined') {
    var run = function () { Array.prototype.forEach.call(document.querySelectorAll('.street-choice'), init); };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
    else run();
  }
})();
