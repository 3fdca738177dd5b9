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

// Most headings and file names are ASCII plus æ, ø and å. For those the ICU
// rules above reduce to a table: a tenth of the whole build went to running
// the transliterator on them. Returns false for anything else (é, Cyrillic,
// a decomposed å, …), which goes through ICU.
bool FoldDanishAscii(std::string_view text, std::string& ascii) {
  ascii.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ascii += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      continue;
    }
    if (c != 0xC3 || i + 1 == text.size()) return false;
    switch (static_cast<unsigned char>(text[++i])) {
      case 0xA6:
      case 0x86:
        ascii += "ae";
        break;  // æ Æ
      case 0xB8:
      case 0x98:
        ascii += "oe";
        break;  // ø Ø
      case 0xA5:
      case 0x85:
        ascii += "aa";
        break;  // å Å
      default:
        return false;
    }
  }
  return true;
}

}  // namespace

std::string Slugify(std::string_view text) {
  if (std::string ascii; FoldDanishAscii(text, ascii)) return JoinWithHyphens(ascii);
  icu::UnicodeString latin = ToIcu(text);
  SlugTransliterator().transliterate(latin);
  return JoinWithHyphens(FromIcu(latin));
}

bool IsSlug(std::string_view text) { return !text.empty() && JoinWithHyphens(text) == text; }

}  // namespace enindgang::text
