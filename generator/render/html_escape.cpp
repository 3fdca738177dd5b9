#include "render/html_escape.h"

#include <cstring>

namespace enindgang {
namespace {

// The entity for each byte that needs one in `special`, or nullptr.
struct EntityTable {
  const char* entity[256] = {};
  explicit constexpr EntityTable(bool quotes) {
    entity[static_cast<unsigned char>('&')] = "&amp;";
    entity[static_cast<unsigned char>('<')] = "&lt;";
    entity[static_cast<unsigned char>('>')] = "&gt;";
    if (!quotes) return;
    entity[static_cast<unsigned char>('"')] = "&quot;";
    entity[static_cast<unsigned char>('\'')] = "&apos;";
  }
};

// A table lookup per byte, and the runs between entities appended whole: this
// runs over every byte of every page body.
void AppendEscaped(std::string& out, std::string_view text, const EntityTable& table) {
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char* entity = table.entity[static_cast<unsigned char>(text[i])];
    if (!entity) continue;
    out.append(text.data() + start, i - start);
    out += entity;
    start = i + 1;
  }
  out.append(text.data() + start, text.size() - start);
}

constexpr EntityTable kTextEntities(false);
constexpr EntityTable kAttributeEntities(true);

// cmark-gfm's set (houdini_escape_href): letters, digits, and the URL
// delimiters an author means literally; '&' and '\'' are left for the
// attribute escaping.
bool KeptInAddress(unsigned char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return c != 0 && std::strchr("-_.+!*(),%#@?=;:/$~&'", c) != nullptr;
}

}  // namespace

void AppendEscapedText(std::string& out, std::string_view text) { AppendEscaped(out, text, kTextEntities); }

void AppendEscapedAttribute(std::string& out, std::string_view value) { AppendEscaped(out, value, kAttributeEntities); }

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

std::string PercentDecodeAddress(std::string_view url) {
  auto hex = [](char c) {
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
  };
  std::string decoded;
  decoded.reserve(url.size());
  for (size_t i = 0; i < url.size(); ++i) {
    if (url[i] == '%' && i + 2 < url.size() && hex(url[i + 1]) >= 0 && hex(url[i + 2]) >= 0) {
      decoded += static_cast<char>(hex(url[i + 1]) * 16 + hex(url[i + 2]));
      i += 2;
    } else {
      decoded += url[i];
    }
  }
  return decoded;
}

}  // namespace enindgang
