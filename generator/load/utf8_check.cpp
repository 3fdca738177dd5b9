#include "load/utf8_check.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include <unicode/utf8.h>

#include "text/utf8.h"

namespace enindgang {
namespace {

// A NUL byte is what a file saved as UTF-16 shows when read as UTF-8 (every
// other byte of Latin text is 0): the message names that cause, not U+0000.
constexpr const char* kNulByte = "a NUL byte; was the file saved as UTF-16?";
constexpr const char* kSaveAsUtf8 = "save it as UTF-8 in your editor";

void ReportControl(std::string_view bytes, size_t bad, const SourcePosition& where, Diagnostics& diagnostics) {
  if (bytes[bad] == '\0') {
    diagnostics.Error(where, kNulByte, kSaveAsUtf8);
    return;
  }
  UChar32 c;
  size_t i = bad;
  U8_NEXT(reinterpret_cast<const uint8_t*>(bytes.data()), i, bytes.size(), c);
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
  diagnostics.Error(
      where, std::string("the file holds the character ") + code + ", which XML and HTML forbid in pages and feeds",
      "delete it (an editor may show it as a box, or not at all)");
}

}  // namespace

bool RejectUtf16(std::string_view bytes, const std::string& path, Diagnostics& diagnostics, int line_offset) {
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    diagnostics.Error({path, 1 + line_offset, 1},
                      "the file is saved as UTF-16 (it starts with UTF-16's byte order mark)", kSaveAsUtf8);
    return true;
  }
  // Without the mark, Latin text in UTF-16 has a NUL byte in every pair, the first included;
  // reported once, before its other bytes are read as invalid UTF-8 "from Latin-1".
  const size_t nul = bytes.substr(0, 2).find('\0');
  if (nul == std::string_view::npos) return false;
  diagnostics.Error({path, 1 + line_offset, static_cast<int>(nul) + 1}, kNulByte, kSaveAsUtf8);
  return true;
}

bool CheckUtf8(std::string_view bytes, size_t start, const std::string& path, Diagnostics& diagnostics,
               int line_offset) {
  if (start == 0 && RejectUtf16(bytes, path, diagnostics, line_offset)) return false;
  bool valid = true;
  int line = 1 + line_offset;
  size_t offset = start;  // the start of `line`, or a valid point within it
  size_t bad;
  while (offset < bytes.size() && text::FindInvalidUtf8(bytes.substr(offset), &bad)) {
    bad += offset;
    line += static_cast<int>(std::count(bytes.begin() + offset, bytes.begin() + bad, '\n'));
    size_t line_start = bytes.rfind('\n', bad);
    line_start = line_start == std::string_view::npos ? start : std::max(line_start + 1, start);
    size_t line_end = std::min(bytes.find('\n', bad), bytes.size());
    int column = text::ColumnOf(bytes.substr(line_start, line_end - line_start), bad - line_start);
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(static_cast<uint8_t>(bytes[bad])));
    diagnostics.Error({path, line, column}, std::string("invalid UTF-8 (byte ") + hex + ")",
                      "save the file as UTF-8; this byte suggests Latin-1 or Windows-1252");
    valid = false;
    offset = line_end + 1;
    ++line;
  }
  return valid;
}

bool CheckControls(std::string_view bytes, size_t start, const std::string& path, Diagnostics& diagnostics,
                   int line_offset) {
  bool clean = true;
  int line = 1 + line_offset;
  size_t offset = start;
  while (offset < bytes.size()) {
    size_t bad = text::FindForbiddenControl(bytes.substr(offset));
    if (bad == std::string_view::npos) break;
    bad += offset;
    line += static_cast<int>(std::count(bytes.begin() + offset, bytes.begin() + bad, '\n'));
    size_t line_start = bytes.rfind('\n', bad);
    line_start = line_start == std::string_view::npos ? start : std::max(line_start + 1, start);
    size_t line_end = std::min(bytes.find('\n', bad), bytes.size());
    const SourcePosition where{path, line,
                               text::ColumnOf(bytes.substr(line_start, line_end - line_start), bad - line_start)};
    ReportControl(bytes, bad, where, diagnostics);
    clean = false;
    offset = line_end + 1;
    ++line;
  }
  return clean;
}

}  // namespace enindgang
