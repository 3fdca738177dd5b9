#pragma once
#include <string_view>
#include <vector>

namespace enindgang {

// In right-to-left text the bidi algorithm shows "116 111" as "111 116": the
// space (or no-break space) lets the two groups of digits swap. Such numbers
// are isolated in a left-to-right span.
struct TextPiece {
  std::string_view text;
  bool spaced_number = false;  // isolate this piece left-to-right
};

// `text` cut into pieces, in order; the spaced numbers are marked. Pieces may be empty.
std::vector<TextPiece> SplitSpacedNumbers(std::string_view text);

}  // namespace enindgang
