// Checks themes/default/assets/fold.js against tests/fold_cases.tsv, the
// table that generator/text/fold_test.cpp checks the C++ fold against.
// Run: node tests/js/fold_test.js   (exits 1 and lists every failing row)
'use strict';
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { fold } = require('../../themes/default/assets/fold.js');

const table = path.join(__dirname, '..', 'fold_cases.tsv');
const lines = fs.readFileSync(table, 'utf8').split('\n');
if (lines[lines.length - 1] === '') lines.pop();
assert.strictEqual(lines[0], 'input\tkey', `${table}:1: header must be "input<TAB>key"`);

let failures = 0;
lines.slice(1).forEach((line, index) => {
  const lineNumber = index + 2;
  const tab = line.indexOf('\t');
  assert.notStrictEqual(tab, -1, `${table}:${lineNumber}: no tab`);
  const input = line.slice(0, tab);
  const expected = line.slice(tab + 1);
  const actual = fold(input);
  if (actual !== expected) {
    failures++;
    console.log(`fold_cases.tsv:${lineNumber}: fold(${JSON.stringify(input)}) = ${JSON.stringify(actual)}, ` +
                `expected ${JSON.stringify(expected)}`);
  }
});

const rows = lines.length - 1;
if (rows < 120) {
  console.log(`fold_cases.tsv has ${rows} rows; keep at least 120`);
  failures++;
}
console.log(`${rows} rows, ${failures} failing`);
process.exit(failures === 0 ? 0 : 1);
