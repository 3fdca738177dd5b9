#pragma once
#include <string>
#include <string_view>

namespace enindgang::text {

// The search key of the municipality lookup. Two names that a reader would
// call the same ("Høje-Taastrup", "hoje taastrup", "HOEJE TAASTRUP") get the
// same key. themes/default/assets/fold.js computes the same key in the
// browser without ICU transliterators, so the rule is written out in full;
// change both files and tests/fold_cases.tsv together.
//
//   1. NFKD, then drop every combining mark (\p{M}): é→e, å→a, İ→I, ① → 1.
//   2. Lower-case with Unicode's full default lower-casing (JavaScript's
//      toLowerCase). Not case folding: ICU folds Cherokee to upper case where
//      JavaScript lowers it, and ß/ς, the other differences, are handled in 4.
//   3. NFKD and drop marks again: lower-casing İ yields i + U+0307, and
//      compatibility letters such as ㎒ yield upper case only after step 1.
//   4. Letters that do not decompose are spelled out:
//      æ→ae ø→oe œ→oe ß→ss þ→th đ→d ð→d ł→l ħ→h ŧ→t ı→i ς→σ
//   5. Danish spellings collapse to one form: an "a" swallows the a's and e's
//      right after it, an "o" swallows the e's right after it
//      (regex a[ae]+ → a, then oe+ → o). So å/aa/a, æ/ae/a and ø/oe/o are
//      equal, and "aae" is "a" whether it was åe, aæ or aae. Costs: Ærø and
//      Årø share a key, and "Israel" is "isral"; fine for a lookup.
//   6. Every run of characters that are not letters or numbers (\p{L}, \p{N})
//      becomes one space; leading and trailing spaces are dropped.
//
// Other scripts are not transliterated (the browser cannot); Cyrillic and
// Arabic keep their letters, lower-cased and without marks. Digits are not
// converted between scripts. "" means nothing searchable.
std::string FoldForSearch(std::string_view text);

}  // namespace enindgang::text
