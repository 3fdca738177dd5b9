#pragma once
#include <regex>
#include <string>
#include <string_view>
#include <vector>

namespace enindgang {

// A piece of template text left where real text belongs ("[UDFYLDES: dato]").
struct Placeholder {
  int line = 0;    // in the file, from 1
  int column = 0;  // in code points, from 1
  std::string text;
};

// Every match of `pattern` in `text`, line by line; `first_line` is the file
// line of text's first line (a page's body starts after its front matter).
// One line at a time, in windows of kPlaceholderWindow bytes that start every
// half window: std::regex recurses per character it repeats, so a 50 MB line
// must not reach it whole. The limits this names: a placeholder longer than
// half a window (1 KiB) may be missed; the work is at most twice the line's
// length times the window, reached only when most characters begin a match
// that never closes (a line of 100,000 "[UDFYLDES " takes about 11 s), and
// otherwise linear. Empty matches are ignored.
std::vector<Placeholder> FindPlaceholders(std::string_view text, int first_line, const std::regex& pattern);

inline constexpr size_t kPlaceholderWindow = 2048;

}  // namespace enindgang
