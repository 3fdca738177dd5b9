#pragma once
#include <unicode/unistr.h>

#include <string>
#include <string_view>

namespace enindgang::text {

// Conversions between our UTF-8 strings and ICU's UTF-16 ones. Ill-formed
// input bytes become U+FFFD, as ICU does.
icu::UnicodeString ToIcu(std::string_view utf8);
std::string FromIcu(const icu::UnicodeString& text);

}  // namespace enindgang::text
