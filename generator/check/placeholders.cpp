#include "check/placeholders.h"

#include <map>

#include "text/utf8.h"

namespace enindgang {
namespace {

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Moves a byte offset back to the start of the code point it falls in.
size_t CodePointStart(std::string_view line, size_t offset) {
  while (offset > 0 && offset < line.size() && IsContinuationByte(line[offset])) --offset;
  return offset;
}

// Matches in one line by byte offset; a match seen in two windows is kept once, the longer.
std::map<size_t, std::string_view> MatchesInLine(std::string_view line, const std::regex& pattern) {
  std::map<size_t, std::string_view> found;
  const size_t step = kPlaceholderWindow / 2;
  for (size_t start = 0; start < line.size(); start += step) {
    const size_t from = CodePointStart(line, start);
    const size_t to = CodePointStart(line, std::min(line.size(), from + kPlaceholderWindow));
    // A window inside the line: ^, $ and \b must still see the whole line's edges.
    auto flags = std::regex_constants::match_default;
    if (from > 0) flags |= std::regex_constants::match_prev_avail;
    if (to < line.size()) flags |= std::regex_constants::match_not_eol;
    const char* begin = line.data() + from;
    for (std::cregex_iterator it(begin, line.data() + to, pattern, flags), end; it != end; ++it) {
      if (it->length(0) == 0) continue;
      const size_t at = from + static_cast<size_t>(it->position(0));
      std::string_view match = line.substr(at, static_cast<size_t>(it->length(0)));
      if (match.size() > found[at].size()) found[at] = match;
    }
    if (to == line.size()) break;
  }
  return found;
}

}  // namespace

std::vector<Placeholder> FindPlaceholders(std::string_view text, int first_line, const std::regex& pattern) {
  std::vector<Placeholder> placeholders;
  int line_number = first_line;
  for (size_t from = 0; from <= text.size(); ++line_number) {
    size_t end = text.find('\n', from);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(from, end - from);
    if (line.ends_with('\r')) line.remove_suffix(1);
    for (const auto& [at, match] : MatchesInLine(line, pattern))
      placeholders.push_back({line_number, text::ColumnOf(line, at), std::string(match)});
    from = end + 1;
  }
  return placeholders;
}

}  // namespace enindgang
