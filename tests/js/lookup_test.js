// Checks themes/default/assets/lookup.js against tests/lookup_cases.tsv, the
// table that generator/model/lookup_match_test.cpp checks MatchLookup against,
// using the index JSON of the real data as the generator writes it.
// Run: node tests/js/lookup_test.js public/assets/lookup-index.*.json
// (exits 1 and lists every failing row)
'use strict';
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const lookup = require('../../themes/default/assets/lookup.js');

const indexPath = process.argv[2];
if (!indexPath) {
  console.log('usage: node tests/js/lookup_test.js LOOKUP-INDEX.json  (from the built site: public/assets/lookup-index.*.json)');
  process.exit(2);
}
const index = lookup.prepare(JSON.parse(fs.readFileSync(indexPath, 'utf8')));
// The second index as the page fetches it: the query's village file, here read from
// the built site (the index's "v" URLs are below the site root, two folders up).
const siteRoot = path.dirname(path.dirname(indexPath));
const villageFiles = {};
function villagesOf(query) {
  const url = index.v[lookup.villageChunk(lookup.key(query))];
  if (!url) return [];
  if (!villageFiles[url]) villageFiles[url] = lookup.prepareVillages(JSON.parse(fs.readFileSync(path.join(siteRoot, url), 'utf8')));
  return villageFiles[url];
}
check(Object.keys(index.v).length >= 20, `the index names ${Object.keys(index.v).length} village files; expected one per letter`);
let failures = 0;
function check(ok, message) {
  if (!ok) {
    failures++;
    console.log(message);
  }
}

// The shared table: the best match's municipality codes, or "-".
const table = path.join(__dirname, '..', 'lookup_cases.tsv');
const lines = fs.readFileSync(table, 'utf8').split('\n');
if (lines[lines.length - 1] === '') lines.pop();
let header = false;
let rows = 0;
lines.forEach((line, i) => {
  if (line.startsWith('#')) return;
  if (!header) {
    assert.strictEqual(line, 'query\texpected', `${table}:${i + 1}: header must be "query<TAB>expected"`);
    header = true;
    return;
  }
  const tab = line.indexOf('\t');
  assert.notStrictEqual(tab, -1, `${table}:${i + 1}: no tab`);
  const query = line.slice(0, tab);
  const expected = line.slice(tab + 1) === '-' ? [] : line.slice(tab + 1).split(';').sort();
  // What the form opens: the municipalities of the answer, or "@slug" for a special place.
  const villages = lookup.needsVillages(index, query) ? villagesOf(query) : undefined;
  const found = lookup.answer(index, query, villages);
  const actual = found.special >= 0 ? ['@' + index.s[found.special].slug]
    : found.entry >= 0 ? index.e[found.entry].ms.map((m) => index.m[m][0]).sort()
      : found.village >= 0 ? villages[found.village].ms.map((m) => index.m[m][0]).sort() : [];
  rows++;
  check(actual.join(';') === expected.join(';'),
    `lookup_cases.tsv:${i + 1}: answer(${JSON.stringify(query)}) leads to ${actual.join(';') || '-'}, ` +
    `expected ${expected.join(';') || '-'}`);
});
check(rows >= 40, `lookup_cases.tsv has ${rows} rows; keep at least 40`);

// Ranking, limit and dedup on a small index of the same shape (see lookup_match_test.cpp).
const small = lookup.prepare({
  m: [],
  e: [['borg', 3, [0]], ['borg', 2, [1]], ['borg', 1, [2]], ['borgen', 2, [3]], ['nye borg', 2, [4]],
    ['brog', 1, [5]], ['borgs', 3, [6]], ['aborg', 2, [7]], ['bo', 1, [8]], ['1234 borg', 0, [9]], ['Borgen', 1, [3]]],
});
const ranked = lookup.match(small, 'Borg').map((m) => `${small.e[m.entry].label}/${m.rank}`);
check(ranked.join(' ') === 'borg/1 borg/2 borg/3 Borgen/4 borgs/4 nye borg/4 aborg/5 brog/5',
  `ranking on the small index: ${ranked.join(' ')}`);
check(lookup.match(small, 'Borg', 3).length === 3, 'limit 3');
check(lookup.match(small, 'bog').length === 0, 'no typo below four characters');
const postcodes = lookup.prepare({ m: [], e: [['1234', 0, [0]], ['12345 town', 2, [1]], ['1235', 0, [2]]] });
[['1234', '1234/0'], ['DK-1234 Byen', '1234/0'], ['1236', ''], ['123', '1234/4 12345 town/4 1235/4'],
  ['12345', '12345 town/4 1234/5 1235/5']].forEach(([query, expected]) => {
  const actual = lookup.match(postcodes, query).map((m) => `${postcodes.e[m.entry].label}/${m.rank}`).join(' ');
  check(actual === expected, `postcodes: match(${query}) = ${actual}, expected ${expected}`);
});

// Damerau–Levenshtein, as LookupDistance.
[['', '', 0], ['', 'abc', 3], ['odense', 'odnese', 1], ['odense', 'odens', 1], ['odense', 'odennse', 1],
  ['odense', 'odence', 1], ['ca', 'abc', 3], ['kitten', 'sitting', 3], ['køge', 'koge', 1], ['киев', 'кеив', 1],
  ['𝒳a', 'a𝒳', 1]].forEach(([a, b, d]) => {
  check(lookup.distance(a, b) === d, `distance(${a}, ${b}) = ${lookup.distance(a, b)}, expected ${d}`);
});

// Suggestions when nothing matches: tests/lookup_suggest_cases.tsv, shared with lookup_match_test.cpp.
const suggestTable = path.join(__dirname, '..', 'lookup_suggest_cases.tsv');
let suggestRows = 0;
let suggestHeader = false;
fs.readFileSync(suggestTable, 'utf8').split('\n').forEach((line, i) => {
  if (line.startsWith('#') || (line === '' && i > 0 && suggestHeader && !line.includes('\t'))) return;
  if (!suggestHeader) {
    assert.strictEqual(line, 'query\tsuggestions', `${suggestTable}:${i + 1}: header must be "query<TAB>suggestions"`);
    suggestHeader = true;
    return;
  }
  const tab = line.indexOf('\t');
  const query = line.slice(0, tab);
  const actual = lookup.suggest(index, query, 3).map((e) => index.e[e].label).join(';') || '-';
  suggestRows++;
  check(actual === line.slice(tab + 1),
    `lookup_suggest_cases.tsv:${i + 1}: suggest(${JSON.stringify(query)}) = ${actual}, expected ${line.slice(tab + 1)}`);
});
check(suggestRows >= 15, `lookup_suggest_cases.tsv has ${suggestRows} rows; keep at least 15`);
[[0, 0], [4, 0], [5, 1], [9, 1], [10, 2]].forEach(([length, edits]) => {
  check(lookup.suggestionEdits(length) === edits, `suggestionEdits(${length}) = ${lookup.suggestionEdits(length)}`);
});
check(lookup.suggest(index, 'Копенгаген', 3).length === 0, 'no suggestions without a character in common');
check(lookup.suggest(index, '', 3).length === 0, 'no suggestions for an empty query');

// A pasted essay must stay cheap.
const started = Date.now();
lookup.match(index, 'xy '.repeat(40000));
lookup.suggest(index, 'xy '.repeat(40000), 3);
check(Date.now() - started < 2000, `an essay took ${Date.now() - started} ms`);

console.log(`${rows} rows, ${failures} failing`);
process.exit(failures === 0 ? 0 : 1);
