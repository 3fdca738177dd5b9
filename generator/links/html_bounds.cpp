#include "links/html_bounds.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace enindgang::links {
namespace {

// Elements that never hold others (void), or whose end tag is optional and
// which the parser closes when a sibling starts: they add no depth.
bool AddsNoDepth(const std::string& tag) {
  static constexpr std::array<std::string_view, 27> kFlat = {
      "area", "base", "br", "col", "embed", "hr", "img",    "input",    "link",  "meta",  "source", "track", "wbr", "p",
      "li",   "dt",   "dd", "tr",  "td",    "th", "option", "optgroup", "tbody", "thead", "tfoot",  "rp",    "rt"};
  return std::find(kFlat.begin(), kFlat.end(), tag) != kFlat.end();
}

bool IsAsciiLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

}  // namespace

std::string_view BoundedHtml(std::string_view html) {
  html = html.substr(0, std::min(html.size(), kMaxHtmlBytes));
  int depth = 0;
  for (size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
    if (at + 1 >= html.size()) break;
    if (html[at + 1] == '/') {
      depth = std::max(0, depth - 1);
      continue;
    }
    if (!IsAsciiLetter(html[at + 1])) continue;  // <!-- -->, <!DOCTYPE>, "a < b"
    size_t end = at + 1;
    std::string tag;
    while (end < html.size() && (std::isalnum(static_cast<unsigned char>(html[end])) || html[end] == '-'))
      tag += static_cast<char>(std::tolower(static_cast<unsigned char>(html[end++])));
    const size_t close = html.find('>', end);
    const bool self_closed = close != std::string_view::npos && close > at && html[close - 1] == '/';
    if (AddsNoDepth(tag) || self_closed) continue;
    if (++depth > kMaxHtmlDepth) return html.substr(0, at);
  }
  return html;
}

}  // namespace enindgang::links
