// Checks themes/default/assets/opening_hours.js against tests/opening_hours_cases.tsv,
// the table that generator/text/opening_hours_test.cpp checks the C++ against.
// Run: node tests/js/opening_hours_test.js   (exits 1 and lists every failing row)
// The zone of the machine must not matter: run it under TZ=America/New_York too.
'use strict';
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const hours = require('../../themes/default/assets/opening_hours.js');

const table = path.join(__dirname, '..', 'opening_hours_cases.tsv');
const lines = fs.readFileSync(table, 'utf8').split('\n');
if (lines[lines.length - 1] === '') lines.pop();

let failures = 0;
let rows = 0;
let seenHeader = false;
lines.forEach((line, index) => {
  const lineNumber = index + 1;
  if (line.startsWith('#')) return;
  if (!seenHeader) {
    assert.strictEqual(line, 'value\tinstant\texpected', `${table}:${lineNumber}: header must be "value<TAB>instant<TAB>expected"`);
    seenHeader = true;
    return;
  }
  const [value, instant, expected] = line.split('\t');
  assert.ok(expected !== undefined && /^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/.test(instant), `${table}:${lineNumber}: bad row`);
  rows++;
  const parsed = hours.parse(value);
  const actual = parsed.error
    ? `error@${parsed.error.offset}`
    : hours.describe(hours.stateAtInstant(parsed, Date.parse(instant.replace('Z', ':00Z'))));
  if (actual !== expected) {
    failures++;
    const why = parsed.error ? ` (${parsed.error.message})` : '';
    console.log(`opening_hours_cases.tsv:${lineNumber}: ${JSON.stringify(value)} at ${instant} = ${actual}${why}, expected ${expected}`);
  }
});

// What the page's table and the C++ RegularWeek agree on.
const week = hours.regularWeek(hours.parse('Mo-We 10:00-15:00; Th 10:00-17:00; Fr 10:00-13:00; PH off; Dec 24 off'));
assert.deepStrictEqual(week.map((day) => day.map((r) => `${r.from}-${r.to}`).join(',')),
  ['600-900', '600-900', '600-900', '600-1020', '600-780', '', '']);
const error = hours.parse('Mo-We 10-15').error;
assert.deepStrictEqual([error.offset, error.token, error.message, error.hint],
  [6, '10', "time '10' needs minutes", 'write times as HH:MM, e.g. Mo-We 10:00-15:00']);

if (rows < 45) {
  console.log(`opening_hours_cases.tsv has ${rows} rows; keep at least 45`);
  failures++;
}
console.log(`${rows} rows, ${failures} failing`);
process.exit(failures === 0 ? 0 : 1);
