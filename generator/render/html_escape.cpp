#include "render/html_escape.h"

#include <cstring>

namespace enindgang {
namespace {

void AppendEscaped(std::string& out, std::string_view text, const char* special) {
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char* entity = nullptr;
    switch (text[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&apos;"; break;
      default: continue;
    }
    if (!std::strchr(special, text[i])) continue;
    out.append(text.substr(start, i - start));
    out += entity;
    start = i + 1;
  }
  out.append(text.substr(start));
}

// cmark-gfm's set (houdini_escape_href): letters, digits, and the URL
// delimiters an author means literally; '&' and '\'' are left for the
// attribute escaping.
bool KeptInAddress(unsigned char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return c != 0 && std::strchr("-_.+!*(),%#@?=;:/$~&'", c) != nullptr;
}

}  // namespace

void AppendEscapedText(std::string& out, std::string_view text) { AppendEscaped(out, text, "&<>"); }

void AppendEscapedAttribute(std::string& out, std::string_view value) { AppendEscaped(out, value, "&<>\"'"); }

std::string PercentEncodeAddress(std::string_view url) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string encoded;
  encoded.reserve(url.size());
  for (unsigned char c : url) {
    if (KeptInAddress(c)) {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += kHex[c >> 4];
      encoded += kHex[c & 0xF];
    }
  }
  return encoded;
}

}  // namespace enindgang
