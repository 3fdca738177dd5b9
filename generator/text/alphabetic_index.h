#pragma once
#include <string>
#include <vector>

namespace enindgang::text {

// One letter of an A–Å list and the items filed under it, in collation order.
struct LetterGroup {
  std::string label;          // "A", "Å"
  std::vector<size_t> items;  // indices into the names given
};

// Files names under letters as a dictionary of the locale does (ICU
// AlphabeticIndex): in Danish "Aarhus" is filed under Å, after Z. Latin
// letters are always available, so Latin names group sensibly on Arabic or
// Ukrainian pages too. Empty letters are left out.
std::vector<LetterGroup> GroupAlphabetically(const std::vector<std::string>& names, const std::string& icu_locale);

}  // namespace enindgang::text
