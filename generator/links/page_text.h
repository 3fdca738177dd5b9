#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace enindgang::links {

// What a reader sees of an HTML page, read once with gumbo: the parts that
// page_evidence scores and the links that discover follows.
struct RawLink {
  std::string href;  // as written
  std::string text;  // whitespace collapsed
};

struct PageText {
  std::string title;     // <title>, whitespace collapsed
  std::string first_h1;  // the first <h1>'s text
  std::string text;      // every visible text node (not script, style, template), one space between
  std::vector<RawLink> links;
};

// Reads at most BoundedHtml(html) of the page, so that any input costs
// bounded time and memory.
PageText ReadPageText(std::string_view html);

// The text a reader sees on the page: its title and visible text.
std::string VisibleText(const std::string& html);

// Whether the page still speaks to children or young people: its folded text
// (text/fold.h, so "BØRN" and "boern" count) has a word starting with
// "born", "barn" or "ung".
bool MentionsChildren(const std::string& html);

// Runs of whitespace as one space, none at the ends.
std::string CollapseSpace(std::string_view text);

}  // namespace enindgang::links
