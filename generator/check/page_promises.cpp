#include "check/page_promises.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "check/markup_promises.h"
#include "text/utf8.h"

namespace enindgang {
namespace {

// Line and column of a byte offset in `text`, both 1-based.
std::pair<int, int> LineAndColumn(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + offset, '\n'));
  const size_t start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  const size_t line_start = start == std::string_view::npos || start >= offset ? 0 : start + 1;
  return {line, text::ColumnOf(text.substr(line_start), offset - line_start)};
}

// The n-th place (0-based) where `needle` is written in `text`, ignoring case.
size_t NthOccurrence(std::string_view text, std::string_view needle, int n) {
  if (needle.empty()) return std::string_view::npos;
  auto same = [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  };
  auto at = text.begin();
  for (;; ++at) {
    at = std::search(at, text.end(), needle.begin(), needle.end(), same);
    if (at == text.end()) return std::string_view::npos;
    if (n-- == 0) return static_cast<size_t>(at - text.begin());
  }
}

// Where the Markdown says what the body's markup shows: the n-th finding with
// the same needle is taken to be its n-th spelling (raw HTML is passed through
// as written); the body's first line if it is spelled otherwise (entities).
SourcePosition InMarkdown(const RenderedPage& page, const BrokenPromise& broken, int nth) {
  const std::string_view markdown = page.body_markdown;
  size_t at = NthOccurrence(markdown, broken.needle, nth);
  if (at == std::string_view::npos) return {page.source_path, page.body_first_line, 1};
  auto [line, column] = LineAndColumn(markdown, at);
  return {page.source_path, page.body_first_line + line - 1, column};
}

bool InBody(const RenderedPage& page, size_t offset) {
  return page.body_offset != std::string::npos && offset >= page.body_offset &&
         offset < page.body_offset + page.body_size;
}

}  // namespace

bool CheckTemplatePromises(const ThemeFiles& theme, std::string_view site_origin, Diagnostics& diagnostics) {
  bool found = false;
  for (const auto& [name, file] : theme.templates) {
    for (const BrokenPromise& broken : FindBrokenPromises(file.text, site_origin)) {
      auto [line, column] = LineAndColumn(file.text, broken.offset);
      diagnostics.Error({file.path, line, column}, broken.message, broken.hint);
      found = true;
    }
  }
  return found;
}

void CheckPagePromises(const RenderedPage& page, std::string_view site_origin, Diagnostics& diagnostics) {
  std::map<std::string, int> seen_in_body;  // needle → findings so far in the body
  for (const BrokenPromise& broken : FindBrokenPromises(page.html, site_origin)) {
    if (InBody(page, broken.offset) && !page.body_markdown.empty()) {
      diagnostics.Error(InMarkdown(page, broken, seen_in_body[broken.needle]++), broken.message, broken.hint);
      continue;
    }
    diagnostics.Error({page.source_path, page.source_line, 1}, broken.message + " (" + page.output_path + ")",
                      broken.hint + "; check the values and templates this page is made from");
  }
}

}  // namespace enindgang
