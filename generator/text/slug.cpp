#include "text/slug.h"

#include <unicode/translit.h>
#include <unicode/utypes.h>

#include <memory>
#include <stdexcept>

#include "text/icu_string.h"

namespace enindgang::text {
namespace {

// NFC first so that a decomposed å (a + ring) is caught by the Danish rule.
constexpr char16_t kRules[] =
    u":: NFC ;"
    u"æ > ae ; Æ > AE ; ø > oe ; Ø > OE ; å > aa ; Å > AA ;"
    u":: Any-Latin ; :: Latin-ASCII ; :: Lower ;";

// Building a transliterator parses rules and loads data; it is far too slow
// to do per heading, and a Transliterator must not be shared across threads.
icu::Transliterator& SlugTransliterator() {
  thread_local std::unique_ptr<icu::Transliterator> cached = [] {
    UParseError parse_error;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createFromRules(
        "enindgang-slug", icu::UnicodeString(kRules), UTRANS_FORWARD, parse_error, status));
    if (U_FAILURE(status)) {
      throw std::runtime_error(std::string("cannot build slug transliterator: ") + u_errorName(status));
    }
    return made;
  }();
  return *cached;
}

bool IsSlugChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

std::string JoinWithHyphens(std::string_view ascii) {
  std::string slug;
  bool pending_hyphen = false;
  for (char c : ascii) {
    if (!IsSlugChar(c)) {
      pending_hyphen = !slug.empty();
      continue;
    }
    if (pending_hyphen) slug += '-';
    pending_hyphen = false;
    slug += c;
  }
  return slug;
}

}  // namespace

std::string Slugify(std::string_view text) {
  icu::UnicodeString latin = ToIcu(text);
  SlugTransliterator().transliterate(latin);
  return JoinWithHyphens(FromIcu(latin));
}

}  // namespace enindgang::text
