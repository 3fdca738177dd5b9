#include "text/icu_string.h"

#include <unicode/stringpiece.h>

namespace enindgang::text {

icu::UnicodeString ToIcu(std::string_view utf8) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

std::string FromIcu(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace enindgang::text
