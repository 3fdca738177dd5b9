#include "text/utf8.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>

namespace enindgang::text {
namespace {

// The longest UTF-8 sequence; a window that is not the last one stops this
// many bytes early so that no sequence is cut in two.
constexpr size_t kMaxSequence = 4;
constexpr size_t kWindow = size_t{1} << 30;

}  // namespace

namespace detail {

bool FindInvalidUtf8InWindows(std::string_view bytes, size_t* bad_offset, size_t window) {
  window = std::max(window, 2 * kMaxSequence);
  size_t start = 0;
  while (start < bytes.size()) {
    const auto* window_bytes = reinterpret_cast<const uint8_t*>(bytes.data() + start);
    const auto length = static_cast<int32_t>(std::min(bytes.size() - start, window));
    const bool last = start + length == bytes.size();
    const int32_t stop = last ? length : length - static_cast<int32_t>(kMaxSequence);
    int32_t i = 0;
    while (i < stop) {
      if (window_bytes[i] < 0x80) {  // ASCII, most of any page: no decoding needed
        ++i;
        continue;
      }
      const int32_t sequence_start = i;
      UChar32 c;
      U8_NEXT(window_bytes, i, length, c);
      if (c < 0) {
        if (bad_offset) *bad_offset = start + sequence_start;
        return true;
      }
    }
    start += i;
  }
  return false;
}

}  // namespace detail

bool FindInvalidUtf8(std::string_view bytes, size_t* bad_offset) {
  return detail::FindInvalidUtf8InWindows(bytes, bad_offset, kWindow);
}

size_t FindForbiddenControl(std::string_view bytes) {
  // Bytes that start a forbidden character, or may: a table, since this runs over every page.
  static constexpr auto kSuspect = [] {
    std::array<bool, 256> suspect{};
    for (int c = 0; c < 0x20; ++c) suspect[c] = c != '\t' && c != '\n' && c != '\r';
    suspect[0x7F] = suspect[0xC2] = suspect[0xEF] = true;
    return suspect;
  }();
  for (size_t i = 0; i < bytes.size(); ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (!kSuspect[c]) continue;
    if (c < 0x80) return i;
    const std::string_view next = bytes.substr(i + 1, 2);
    if (c == 0xC2 && !next.empty() && static_cast<unsigned char>(next[0]) < 0xA0) return i;  // U+0080–U+009F
    if (c == 0xEF && (next == "\xBF\xBE" || next == "\xBF\xBF")) return i;                   // U+FFFE, U+FFFF
  }
  return std::string_view::npos;
}

LineAndColumn LineAndColumnOf(std::string_view text, size_t byte_offset) {
  const size_t offset = std::min(byte_offset, text.size());
  const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
  const size_t newline = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  const size_t start = newline == std::string_view::npos ? 0 : newline + 1;
  return {line, ColumnOf(text.substr(start), offset - start)};
}

int ColumnOf(std::string_view line, size_t byte_offset) {
  // Lines are short (a source line), so int32_t indexing is enough; longer
  // lines are cut, which only makes a far-right column approximate.
  const auto length = static_cast<int32_t>(std::min<size_t>(line.size(), INT32_MAX));
  const auto target = static_cast<int32_t>(std::min<size_t>(byte_offset, length));
  const auto* bytes = reinterpret_cast<const uint8_t*>(line.data());
  int column = 1;
  int32_t i = 0;
  while (i < target) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (i <= target) ++column;  // the code point ends at or before the target
  }
  return column;
}

}  // namespace enindgang::text
