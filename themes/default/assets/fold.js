// Search key for the municipality lookup. Mirrors FoldForSearch in
// generator/text/fold.h, which states the rule; change both together and
// check them against tests/fold_cases.tsv (node tests/js/fold_test.js).
(function () {
  'use strict';
  var SPELLED = { 'æ': 'ae', 'ø': 'oe', 'œ': 'oe', 'ß': 'ss', 'þ': 'th', 'đ': 'd',
    'ð': 'd', 'ł': 'l', 'ħ': 'h', 'ŧ': 't', 'ı': 'i', 'ς': 'σ' };

  function stripMarks(s) {
    return s.normalize('NFKD').replace(/\p{M}/gu, '');
  }

  function fold(text) {
    return stripMarks(stripMarks(String(text)).toLowerCase())
      .replace(/[æøœßþđðłħŧıς]/g, function (c) { return SPELLED[c]; })
      .replace(/a[ae]+/g, 'a')
      .replace(/oe+/g, 'o')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  }

  if (typeof window !== 'undefined') window.EnindgangFold = { fold: fold };
  if (typeof module !== 'undefined') module.exports = { fold: fold };
})();
