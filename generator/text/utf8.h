#pragma once
#include <cstddef>
#include <string_view>

namespace enindgang::text {

// True if `bytes` is not well-formed UTF-8; then *bad_offset (if not null)
// is the byte offset where the first ill-formed sequence starts.
// Overlong forms, surrogates and code points above U+10FFFF count as invalid,
// as they do for browsers.
bool FindInvalidUtf8(std::string_view bytes, size_t* bad_offset);

// 1-based column of the code point that contains `byte_offset`, counted in
// code points as SourcePosition wants. An offset past the end gives the
// column just after the last code point.
int ColumnOf(std::string_view line, size_t byte_offset);

// 1-based line and column (ColumnOf) of a byte offset in a whole text; an
// offset past the end is placed just after the last character.
struct LineAndColumn {
  int line, column;
};
LineAndColumn LineAndColumnOf(std::string_view text, size_t byte_offset);

// The byte offset of the first character no page or feed may carry, or npos:
// what XML 1.0 forbids (C0 controls other than tab, line feed and carriage
// return; U+FFFE and U+FFFF) and the controls HTML calls errors (DEL, C1).
// `bytes` must be valid UTF-8.
size_t FindForbiddenControl(std::string_view bytes);

namespace detail {
// FindInvalidUtf8 walks the input in windows because ICU indexes with
// int32_t; tests pass a small window to exercise sequences that straddle two.
bool FindInvalidUtf8InWindows(std::string_view bytes, size_t* bad_offset, size_t window);
}  // namespace detail

}  // namespace enindgang::text
