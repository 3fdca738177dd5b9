#pragma once
#include <string>
#include <string_view>

namespace enindgang {

// Escaping for page bodies written straight from cmark's node tree. Both
// match what bodies with raw HTML get from tinyxml2's printer, so a page reads
// the same whichever way its body was made.

// Text between tags: & < > (quotes need no escaping there).
void AppendEscapedText(std::string& out, std::string_view text);

// An attribute value in double quotes: & < > " '.
void AppendEscapedAttribute(std::string& out, std::string_view value);

// A link or image address as cmark-gfm writes it into href and src: bytes
// outside the URL-safe set become %XX, so "../ord-æ.md" is "../ord-%C3%A6.md".
// '&' and '\'' stay as they are here; AppendEscapedAttribute escapes them.
std::string PercentEncodeAddress(std::string_view url);

// The other way: each %XX becomes its byte, so a file name can be looked up
// ("kort-%C3%A6.png" → "kort-æ.png"). A '%' not followed by two hex digits stays.
std::string PercentDecodeAddress(std::string_view url);

}  // namespace enindgang
