#include "text/alphabetic_index.h"

#include <unicode/alphaindex.h>

#include "text/icu_string.h"

namespace enindgang::text {

std::vector<LetterGroup> GroupAlphabetically(const std::vector<std::string>& names, const std::string& icu_locale) {
  UErrorCode status = U_ZERO_ERROR;
  icu::AlphabeticIndex index(icu::Locale(icu_locale.c_str()), status);
  index.addLabels(icu::Locale::getEnglish(), status);
  for (size_t i = 0; i < names.size(); ++i) {
    // The record's data pointer carries the item's index (offset by one: null means none).
    index.addRecord(ToIcu(names[i]), reinterpret_cast<const void*>(i + 1), status);
  }
  std::vector<LetterGroup> groups;
  if (U_FAILURE(status)) return groups;
  while (index.nextBucket(status)) {
    LetterGroup group{FromIcu(index.getBucketLabel()), {}};
    while (index.nextRecord(status)) group.items.push_back(reinterpret_cast<size_t>(index.getRecordData()) - 1);
    if (!group.items.empty()) groups.push_back(std::move(group));
  }
  return groups;
}

}  // namespace enindgang::text
