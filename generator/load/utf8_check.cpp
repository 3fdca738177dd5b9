#include "load/utf8_check.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "text/utf8.h"

namespace enindgang {

bool CheckUtf8(std::string_view bytes, size_t start, const std::string& path, Diagnostics& diagnostics,
               int line_offset) {
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

}  // namespace enindgang
