#include "text/fold.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include <stdexcept>

#include "text/icu_string.h"

namespace enindgang::text {
namespace {

// Normalizer2 instances are ICU singletons, safe to share between threads.
const icu::Normalizer2& Nfkd() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("no NFKD data: ") + u_errorName(status));
  return *nfkd;
}

bool IsMark(UChar32 c) { return (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }
bool IsLetterOrNumber(UChar32 c) { return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK)) != 0; }

// Steps 1 and 3.
icu::UnicodeString DecomposeWithoutMarks(const icu::UnicodeString& text) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString decomposed = Nfkd().normalize(text, status);
  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
    UChar32 c = decomposed.char32At(i);
    if (!IsMark(c)) out.append(c);
  }
  return out;
}

// Step 4; every entry is a lower-case letter without a decomposition.
const char16_t* SpelledOut(UChar32 c) {
  switch (c) {
    case u'æ':
      return u"ae";
    case u'ø':
      return u"oe";
    case u'œ':
      return u"oe";
    case u'ß':
      return u"ss";
    case u'þ':
      return u"th";
    case u'đ':
      return u"d";
    case u'ð':
      return u"d";
    case u'ł':
      return u"l";
    case u'ħ':
      return u"h";
    case u'ŧ':
      return u"t";
    case u'ı':
      return u"i";
    case u'ς':
      return u"σ";
    default:
      return nullptr;
  }
}

icu::UnicodeString SpellOutLetters(const icu::UnicodeString& text) {
  icu::UnicodeString out;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    UChar32 c = text.char32At(i);
    if (const char16_t* spelled = SpelledOut(c)) {
      out.append(icu::UnicodeString(spelled));
    } else {
      out.append(c);
    }
  }
  return out;
}

// Step 5: drop each a/e after an 'a' and each e after an 'o'. Checking the
// last kept character is the same as the two regexes, as neither rule can
// create a match for the other.
icu::UnicodeString CollapseDanishSpellings(const icu::UnicodeString& text) {
  icu::UnicodeString out;
  for (int32_t i = 0; i < text.length(); ++i) {
    const char16_t c = text.charAt(i);
    const char16_t previous = out.isEmpty() ? 0 : out.charAt(out.length() - 1);
    const bool swallowed = (previous == u'a' && (c == u'a' || c == u'e')) || (previous == u'o' && c == u'e');
    if (!swallowed) out.append(c);
  }
  return out;
}

// Step 6.
icu::UnicodeString SeparateWords(const icu::UnicodeString& text) {
  icu::UnicodeString out;
  bool pending_space = false;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    UChar32 c = text.char32At(i);
    if (!IsLetterOrNumber(c)) {
      pending_space = !out.isEmpty();
      continue;
    }
    if (pending_space) out.append(u' ');
    pending_space = false;
    out.append(c);
  }
  return out;
}

}  // namespace

std::string FoldForSearch(std::string_view text) {
  icu::UnicodeString key = DecomposeWithoutMarks(ToIcu(text));
  key.toLower(icu::Locale::getRoot());
  key = DecomposeWithoutMarks(key);
  key = SpellOutLetters(key);
  key = CollapseDanishSpellings(key);
  return FromIcu(SeparateWords(key));
}

}  // namespace enindgang::text
