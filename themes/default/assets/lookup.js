// The landing page's lookup: a WAI-ARIA combobox ("list autocomplete") over the
// index that generator/render/lookup_json.h writes. match() mirrors MatchLookup
// in generator/model/lookup_match.h, which states the rule; change both together
// and check them against tests/lookup_cases.tsv (see tests/js/README.md).
// Without this script, or without its index, the form submits to /kommune/.
(function () {
  'use strict';
  var fold = typeof window !== 'undefined' && window.EnindgangFold ? window.EnindgangFold.fold
    : require('./fold.js').fold;

  function codePoints(s) { return Array.from(s); }
  function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  // Index JSON → entries with the keys BuildLookupIndex gave them. `v`: the
  // village files by chunk (the second index), fetched by villagesFor().
  function prepare(json) {
    return { m: json.m, v: json.v || {}, chunks: {}, e: json.e.map(function (r) {
      var key = r[1] === 0 ? r[0].slice(0, 4) : fold(r[0]);
      return { key: key, label: r[0], kind: r[1], ms: r[2], length: codePoints(key).length };
    }), s: (json.s || []).map(function (p) {
      return { slug: p[0], keys: p[1].map(lookupKey), codes: p[2].map(function (c) {
        return { prefix: lookupKey(c[0]), low: c[1], high: c[2] };
      }) };
    }) };
  }

  function fetchJson(url) {
    if (typeof location !== 'undefined' && new URL(url, location.href).origin !== location.origin) {
      return Promise.reject(new Error('lookup index must be same-origin'));
    }
    return fetch(url, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) throw new Error('lookup index: HTTP ' + response.status);
      return response.json();
    });
  }

  function load(url) {
    return fetchJson(url).then(function (json) {
      var index = prepare(json);
      index.url = typeof location !== 'undefined' ? new URL(url, location.href).href : url;
      return index;
    });
  }

  // A village file's rows → entries as BuildLookupIndex made them (kind 4).
  function prepareVillages(rows) {
    return rows.map(function (r) {
      var key = fold(r[0]);
      return { key: key, label: r[0], kind: 4, ms: r[1], slug: r[2] || '', length: codePoints(key).length };
    });
  }

  // The village file a key is in: its first character if a-z or 0-9. Mirrors VillageChunk.
  function villageChunk(key) { return /^[a-z0-9]/.test(key) ? key.charAt(0) : ''; }

  // The villages of a query's chunk: a promise of entries ([] without a file). Each file is
  // fetched once; `get` (url → promise of JSON) replaces fetch in tests.
  function villagesFor(index, query, get) {
    var chunk = villageChunk(lookupKey(query)), url = chunk && index.v[chunk];
    if (!url) return Promise.resolve([]);
    if (!index.chunks[chunk]) {
      var absolute = typeof URL !== 'undefined' && index.url ? new URL(url, index.url).href : url;
      index.chunks[chunk] = (get || fetchJson)(absolute).then(prepareVillages, function () { return []; });
    }
    return index.chunks[chunk];
  }

  // Folded, with Arabic-Indic (U+066x) and Persian (U+06Fx) digits made ASCII.
  function lookupKey(query) {
    return fold(query).replace(/[\u0660-\u0669\u06f0-\u06f9]/g, function (c) {
      return String(c.charCodeAt(0) % 16);
    });
  }

  // Damerau–Levenshtein, optimal string alignment, over code points.
  function distance(a, b) {
    a = codePoints(a); b = codePoints(b);
    var before = [], previous = [], current, i, j;
    for (j = 0; j <= b.length; j++) previous[j] = j;
    for (i = 1; i <= a.length; i++) {
      current = [i];
      for (j = 1; j <= b.length; j++) {
        current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          current[j] = Math.min(current[j], before[j - 2] + 1);
        }
      }
      before = previous; previous = current;
    }
    return previous[b.length];
  }

  // Rank 1, 2, 3 are the kinds municipality, town, alias matched exactly.
  function rankOf(entry, key, length) {
    if (entry.key === key && entry.kind > 0) return entry.kind;
    if (entry.key.startsWith(key) || entry.key.indexOf(' ' + key) >= 0) return 4;
    if (length >= 4 && Math.abs(entry.length - length) <= 1 && distance(entry.key, key) === 1) return 5;
    return 0;
  }

  // Best first (rank, key, kind, label, entry), one per set of municipalities, at most `limit`.
  // Mirrors BestDistinct in generator/model/lookup_match.cpp.
  function bestDistinct(found, e, limit) {
    var kept = [], seen = new Set(), i;
    found.sort(byRank(e));
    for (i = 0; i < found.length && kept.length < limit; i++) {
      var set = e[found[i].entry].ms.join();
      if (!seen.has(set)) { seen.add(set); kept.push(found[i]); }
    }
    return kept;
  }

  function byRank(e) {
    return function (a, b) {
      var x = e[a.entry], y = e[b.entry];
      return a.rank - b.rank || cmp(x.key, y.key) || x.kind - y.kind || cmp(x.label, y.label) || a.entry - b.entry;
    };
  }

  // [{entry, rank}], best first, one per set of municipalities.
  function match(index, query, limit) {
    if (limit === undefined) limit = 8;
    var key = lookupKey(query), e = index.e, found = [], i, rank;
    if (!key) return [];
    var postcode = /^(?:dk ?)?([0-9]{4})(?![0-9])/.exec(key), length = codePoints(key).length;
    for (i = 0; i < e.length; i++) {
      if (postcode) rank = e[i].kind === 0 && e[i].key === postcode[1] ? 0 : -1;
      else rank = rankOf(e[i], key, length) || -1;
      if (rank >= 0) found.push({ entry: i, rank: rank });
    }
    return bestDistinct(found, e, limit);
  }

  // Edits a "did you mean" may be away from what the child typed: one per five
  // letters, so none below five ("asdf", "Nuuk") and two from ten. Mirrors
  // SuggestionEdits in generator/model/lookup_match.h.
  function suggestionEdits(length) { return Math.floor(length / 5); }

  // [{entry, rank}] into `villages` (one chunk, or all), best first. Mirrors
  // MatchVillages in generator/model/lookup_match.h: the query's chunk only,
  // no postcode, ranks 1 (equal), 4 (the key starts with it), 5 (one edit).
  function matchVillages(villages, query, limit) {
    if (limit === undefined) limit = 8;
    var key = lookupKey(query), chunk = villageChunk(key), found = [], i;
    if (!chunk || /^(?:dk ?)?[0-9]{4}(?![0-9])/.test(key)) return [];
    var length = codePoints(key).length;
    for (i = 0; i < villages.length; i++) {
      var v = villages[i], rank = 0;
      if (villageChunk(v.key) !== chunk) continue;
      if (v.key === key) rank = 1;
      else if (v.key.startsWith(key)) rank = 4;
      else if (length >= 4 && Math.abs(v.length - length) <= 1 && distance(v.key, key) === 1) rank = 5;
      if (rank) found.push({ entry: i, rank: rank });
    }
    return bestDistinct(found, villages, limit);
  }

  // "Did you mean": up to `count` single-municipality entries at most
  // suggestionEdits away from the query, one per municipality. Only the first
  // 64 code points count, so a pasted essay stays cheap.
  function suggest(index, query, count) {
    var points = codePoints(lookupKey(query)).slice(0, 64), key = points.join(''), e = index.e;
    var scored = [], out = [], seen = new Set(), edits = suggestionEdits(points.length);
    if (!edits) return out;
    e.forEach(function (entry, i) {
      if (entry.ms.length !== 1 || Math.abs(entry.length - points.length) > edits) return;
      var d = distance(entry.key, key);
      if (d <= edits) scored.push({ entry: i, rank: d });
    });
    scored.sort(byRank(e));
    for (var i = 0; i < scored.length && out.length < count; i++) {
      var m = e[scored[i].entry].ms[0];
      if (!seen.has(m)) { seen.add(m); out.push(scored[i].entry); }
    }
    return out;
  }

  // The special place a query names (index into index.s), or -1. Mirrors
  // SpecialPlaceOf in generator/model/lookup_match.h.
  function special(index, query) {
    var key = lookupKey(query), compact = key.replace(/ /g, ''), i, j;
    if (!key) return -1;
    for (i = 0; i < index.s.length; i++) {
      var place = index.s[i];
      if (place.keys.indexOf(key) >= 0) return i;
      for (j = 0; j < place.codes.length; j++) {
        var range = place.codes[j];
        if (!compact.startsWith(range.prefix)) continue;
        var digits = /^[0-9]*/.exec(compact.slice(range.prefix.length))[0];
        if (digits.length === range.low.length && digits >= range.low && digits <= range.high) return i;
      }
    }
    return -1;
  }

  // What the form opens: an exact match, else a special place, else a prefix match,
  // else a village of that very name, else a typo match, else the best village, else
  // nothing. Mirrors AnswerLookup in generator/model/lookup_match.h. `villages`:
  // the query's village file (villagesFor), or undefined while not fetched.
  function answer(index, query, villages) {
    var best = match(index, query, 1)[0];
    if (best && best.rank <= 3) return { entry: best.entry, special: -1, village: -1 };
    var place = special(index, query);
    if (place >= 0) return { entry: -1, special: place, village: -1 };
    if (best && best.rank === 4) return { entry: best.entry, special: -1, village: -1 };
    var village = villages ? matchVillages(villages, query, 1)[0] : undefined;
    if (village && village.rank === 1) return { entry: -1, special: -1, village: village.entry };
    if (best) return { entry: best.entry, special: -1, village: -1 };
    if (village) return { entry: -1, special: -1, village: village.entry };
    return { entry: -1, special: -1, village: -1 };
  }

  // Whether answer() may still change once the query's village file is here: the
  // first index has neither an exact nor a prefix match. Only then is the file
  // fetched, for the suggestion list too, so typing "Aarhus" fetches nothing.
  function needsVillages(index, query) {
    var best = match(index, query, 1)[0];
    return !(best && best.rank <= 4) && special(index, query) < 0 && villageChunk(lookupKey(query)) !== '';
  }

  function init(form) {
    var input = form.querySelector('input[name=q]'), listbox = form.querySelector('[role=listbox]');
    var status = form.querySelector('[role=status]'), result = form.querySelector('.lookup-result');
    var strings;
    try { strings = JSON.parse(form.querySelector('script[type="application/json"]').textContent); } catch (err) { return; }
    if (!input || !listbox || !status || !result) return;
    // data-base: the national site's address when the form is embedded in a municipality's own site.
    var prefix = (form.getAttribute('data-base') || '') + (form.getAttribute('data-prefix') || ''), index = null, loading = null, shown = [], active = -1, timer = 0;
    var villageLists = {};  // chunk → the village entries, once fetched

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listbox.id);

    function start() {
      if (!loading) {
        loading = load(form.getAttribute('data-index')).then(function (loaded) { index = loaded; update(); },
          function () { index = false; });
      }
      return loading;
    }
    function el(tag, text) { var node = document.createElement(tag); if (text) node.textContent = text; return node; }
    function fill(text, slot, value) { return text.split(slot).join(value); }
    function urlOf(m) { return prefix + '/kommune/' + index.m[m][2] + '/'; }
    function open(yes) { listbox.hidden = !yes; input.setAttribute('aria-expanded', String(yes)); }

    function setActive(i) {
      var items = listbox.children;
      if (active >= 0 && items[active]) items[active].setAttribute('aria-selected', 'false');
      active = i;
      if (i < 0) { input.removeAttribute('aria-activedescendant'); return; }
      items[i].setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', items[i].id);
      if (items[i].scrollIntoView) items[i].scrollIntoView({ block: 'nearest' });
    }
    function close() { setActive(-1); open(false); }

    // The query's village entries if fetched; else starts the fetch (update() runs again) and gives [].
    function villagesNow(query) {
      if (!needsVillages(index, query)) return [];
      var chunk = villageChunk(lookupKey(query));
      if (villageLists[chunk]) return villageLists[chunk];
      villagesFor(index, query).then(function (list) {
        villageLists[chunk] = list;
        if (input.value === query && list.length) update();
      });
      return [];
    }
    // What the list offers, in answer()'s order: an exact village, the first index's
    // typo matches, other villages (villages only come when nothing better does).
    function suggestions(query) {
      var main = match(index, query).map(function (m) { return { entry: m.entry, rank: m.rank, list: null }; });
      var list = villagesNow(query);
      if (!list.length) return main;
      var found = matchVillages(list, query).map(function (m) { return { entry: m.entry, rank: m.rank, list: list }; });
      function where(items, test) { return items.filter(function (item) { return test(item.rank); }); }
      return where(found, function (r) { return r === 1; }).concat(main, where(found, function (r) { return r > 1; }))
        .slice(0, 8);
    }
    function entryOf(item) { return item.list ? item.list[item.entry] : index.e[item.entry]; }

    function update() {
      var query = input.value;
      shown = index ? suggestions(query) : [];
      setActive(-1);
      listbox.textContent = '';
      shown.forEach(function (found, i) {
        var entry = entryOf(found), li = el('li', entry.label);
        li.id = listbox.id + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        if (entry.ms.length > 1 || found.list) {
          li.appendChild(document.createTextNode(' – '));
          li.appendChild(el('span', entry.ms.map(function (m) { return index.m[m][1]; }).join(', ')));
        }
        listbox.appendChild(li);
      });
      open(shown.length > 0 && document.activeElement === input);
      clearTimeout(timer);
      timer = setTimeout(function () {
        status.textContent = index && lookupKey(query) ? strings.count[Math.min(shown.length, 8)] : '';
      }, 300);
    }

    function show(nodes) {
      result.textContent = '';
      nodes.forEach(function (node) { if (node) result.appendChild(node); });
      result.focus();
    }
    function links(items) {  // [[text, municipality], ...]
      var list = el('ul');
      items.forEach(function (item) {
        var a = el('a', item[0]);
        a.href = urlOf(item[1]);
        list.appendChild(el('li')).appendChild(a);
      });
      return list;
    }
    function navigate(url) { (window.EnindgangNavigate || location.assign.bind(location))(url); }
    // An entry of either index: one municipality opens its page; a postcode or a
    // village in several opens its choice page (streets, postcodes); a town in
    // several offers the choice here.
    // The postcode whose choice page answers a town in several municipalities: one of
    // that name with exactly its municipalities (as ChoicePostcode in lookup_routes.cpp).
    function choicePostcode(entry) {
      var set = entry.ms.join();
      for (var i = 0; i < index.e.length; i++) {
        var other = index.e[i];
        if (other.kind === 0 && other.ms.join() === set && fold(other.label.slice(5)) === entry.key) return other.key;
      }
      return '';
    }
    function go(entry) {
      close();
      if (entry.ms.length === 1) { navigate(urlOf(entry.ms[0])); return; }
      var postcode = entry.kind === 0 ? entry.key : choicePostcode(entry);
      if (postcode) { navigate(prefix + '/postnummer/' + postcode + '/'); return; }
      if (entry.kind === 4) { navigate(prefix + '/by/' + entry.slug + '/'); return; }
      show([el('p', fill(strings.choice, '{label}', entry.label)),
        links(entry.ms.map(function (m) { return [index.m[m][1], m]; })), el('p', strings.unsure)]);
    }
    function submit() {
      var query = input.value;
      if (needsVillages(index, query)) {
        villagesFor(index, query).then(function (list) { act(query, answer(index, query, list), list); });
      } else {
        act(query, answer(index, query), []);
      }
    }
    function act(query, found, villages) {
      if (found.entry >= 0) { go(index.e[found.entry]); return; }
      if (found.village >= 0) { go(villages[found.village]); return; }
      close();
      if (found.special >= 0) { navigate(prefix + '/steder/' + index.s[found.special].slug + '/'); return; }
      var near = suggest(index, query, 3).map(function (i) { return [index.e[i].label, index.e[i].ms[0]]; });
      show([el('p', fill(strings.none, '{q}', query.trim())), near.length && el('p', strings.suggest),
        near.length && links(near), el('p', strings.helpline), helplineButton(), listLink(query)]);
    }
    // The tappable 116 111: a failed search always leads to a person.
    function helplineButton() {
      var a = el('a', strings.call);
      a.href = 'tel:116111';
      a.className = 'call-to-action lookup-call';
      return el('p').appendChild(a).parentNode;
    }
    // The full list, at the letter the query begins with (strings.letters: first letter → the list's letter).
    function listLink(query) {
      var first = Array.from(query.trim().toLowerCase())[0] || '', letter = strings.letters[first] ||
        strings.letters[fold(first).charAt(0)], a = el('a', letter ? fill(strings.list_at, '{letter}', letter) : strings.list);
      a.href = prefix + '/kommune/' + (letter ? '#bogstav-' + letter : '');
      return el('p').appendChild(a).parentNode;
    }

    input.addEventListener('focus', start);
    input.addEventListener('input', function () { result.textContent = ''; start(); update(); });
    input.addEventListener('blur', close);
    input.addEventListener('keydown', function (event) {
      var key = event.key, n = shown.length;
      if ((key === 'ArrowDown' || key === 'ArrowUp') && n) {
        var down = key === 'ArrowDown';
        open(true);
        setActive(active < 0 ? (down ? 0 : n - 1) : (active + (down ? 1 : n - 1)) % n);
      } else if (key === 'Enter' && active >= 0) {
        go(entryOf(shown[active]));
      } else if (key === 'Escape' && !listbox.hidden) {
        close();
      } else if (key === 'Escape' && input.value) {
        input.value = '';
        result.textContent = '';
        update();
      } else {
        return;
      }
      event.preventDefault();
    });
    // Keeps focus in the input, so that blur does not close the list before the click.
    listbox.addEventListener('mousedown', function (event) { event.preventDefault(); });
    listbox.addEventListener('click', function (event) {
      var li = event.target.closest('[role=option]');
      if (li) go(entryOf(shown[Array.prototype.indexOf.call(listbox.children, li)]));
    });
    form.addEventListener('submit', function (event) {
      // An empty field, or no index: the plain form and its /kommune/ page answer.
      if (index === false || !lookupKey(input.value)) return;
      event.preventDefault();
      if (index) submit();
      else start().then(function () { if (index) submit(); else form.submit(); });
    });
    window.addEventListener('pageshow', close);
  }

  var api = { match: match, load: load, prepare: prepare, suggest: suggest, suggestionEdits: suggestionEdits,
    special: special, answer: answer, matchVillages: matchVillages, prepareVillages: prepareVillages,
    villageChunk: villageChunk, villagesFor: villagesFor, needsVillages: needsVillages,
    distance: distance, key: lookupKey };
  if (typeof window !== 'undefined') window.EnindgangLookup = api;
  if (typeof module !== 'undefined') module.exports = api;
  if (typeof document !== 'undefined') {
    var run = function () { Array.prototype.forEach.call(document.querySelectorAll('form[data-lookup]'), init); };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
    else run();
  }
})();
