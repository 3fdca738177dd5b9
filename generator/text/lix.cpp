#include "text/lix.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>

#include <map>
#include <memory>
#include <stdexcept>
#include <vector>

#include "text/icu_string.h"

namespace enindgang::text {
namespace {

constexpr int kLongWordLetters = 6;

enum class Unit { kWord, kSentence };

// Opening a break iterator loads its rules; each thread keeps one per
// locale and unit, since an iterator holds the text it walks.
icu::BreakIterator& Iterator(Unit unit, const std::string& icu_locale) {
  thread_local std::map<std::pair<Unit, std::string>, std::unique_ptr<icu::BreakIterator>> iterators;
  auto& slot = iterators[{unit, icu_locale}];
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale(icu_locale.c_str());
    slot.reset(unit == Unit::kWord ? icu::BreakIterator::createWordInstance(locale, status)
                                   : icu::BreakIterator::createSentenceInstance(locale, status));
    if (U_FAILURE(status)) throw std::runtime_error(std::string("no break rules: ") + u_errorName(status));
  }
  return *slot;
}

bool IsWordStatus(int32_t status) { return status >= UBRK_WORD_NUMBER && status < UBRK_WORD_IDEO_LIMIT; }

// True if the word has more than kLongWordLetters letters. Counting stops
// there, and ASCII is decided without ICU: this ran for every word of every
// Danish page and had been a quarter of the LIX time.
bool IsLong(const icu::UnicodeString& text, int32_t start, int32_t end) {
  int letters = 0;
  for (int32_t i = start; i < end && letters <= kLongWordLetters;) {
    const char16_t unit = text.charAt(i);
    if (unit < 0x80) {
      letters += ((unit | 0x20) >= 'a' && (unit | 0x20) <= 'z') ? 1 : 0;
      ++i;
    } else {
      if (U_GET_GC_MASK(text.char32At(i)) & U_GC_L_MASK) ++letters;
      i = text.moveIndex32(i, 1);
    }
  }
  return letters > kLongWordLetters;
}

// Start offsets of the words, in order; counts the long ones on the way.
std::vector<int32_t> WordStarts(const icu::UnicodeString& text, const std::string& icu_locale, int* long_words) {
  icu::BreakIterator& words = Iterator(Unit::kWord, icu_locale);
  words.setText(text);
  std::vector<int32_t> starts;
  for (int32_t start = words.first(), end = words.next(); end != icu::BreakIterator::DONE;
       start = end, end = words.next()) {
    if (!IsWordStatus(words.getRuleStatus())) continue;
    starts.push_back(start);
    if (IsLong(text, start, end)) ++*long_words;
  }
  return starts;
}

int SentencesWithWords(const icu::UnicodeString& text, const std::string& icu_locale,
                       const std::vector<int32_t>& word_starts) {
  icu::BreakIterator& sentences = Iterator(Unit::kSentence, icu_locale);
  sentences.setText(text);
  int count = 0;
  auto word = word_starts.begin();
  for (int32_t end = sentences.next(); end != icu::BreakIterator::DONE; end = sentences.next()) {
    if (word == word_starts.end() || *word >= end) continue;  // no word in this sentence
    ++count;
    while (word != word_starts.end() && *word < end) ++word;
  }
  return count;
}

}  // namespace

Lix ComputeLix(std::string_view plain_text, const std::string& icu_locale) {
  const icu::UnicodeString text = ToIcu(plain_text);
  Lix lix;
  const std::vector<int32_t> word_starts = WordStarts(text, icu_locale, &lix.long_words);
  lix.words = static_cast<int>(word_starts.size());
  if (lix.words == 0) return lix;
  lix.sentences = std::max(1, SentencesWithWords(text, icu_locale, word_starts));
  lix.value = static_cast<double>(lix.words) / lix.sentences + 100.0 * lix.long_words / lix.words;
  return lix;
}

}  // namespace enindgang::text
