#include "render/spaced_numbers.h"

#include <regex>

namespace enindgang {

std::vector<TextPiece> SplitSpacedNumbers(std::string_view text) {
  static const std::regex spaced_number(R"([0-9]+(?:(?: |\xC2\xA0)[0-9]+)+)");
  std::vector<TextPiece> pieces;
  std::cmatch match;
  const char* rest = text.data();
  const char* end = text.data() + text.size();
  while (std::regex_search(rest, end, match, spaced_number)) {
    pieces.push_back({std::string_view(rest, match.position(0)), false});
    pieces.push_back({std::string_view(match[0].first, match.length(0)), true});
    rest = match[0].second;
  }
  pieces.push_back({std::string_view(rest, end - rest), false});
  return pieces;
}

}  // namespace enindgang
