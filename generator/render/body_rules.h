#pragma once
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/diagnostics.h"
#include "render/html_postprocess.h"

namespace enindgang {

// The Markdown lines of the block an element or node belongs to (the block
// cmark gives a source position), counted within the body.
struct BlockLines {
  int first = 1;
  int last = 1;
};

// The rules a page body's headings, links and images must follow, and what
// they become on the page. One set of rules for both ways a body is made:
// from cmark's node tree (render/tree_html) and, for raw HTML, from the parsed
// HTML (render/html_postprocess). Every problem is reported at its Markdown
// position.
class BodyRules {
 public:
  BodyRules(const PostProcessContext& context, Diagnostics& diagnostics)
      : context_(context), diagnostics_(diagnostics) {}

  // Checks the outline (no h1 in a body, no skipped level) and returns the
  // heading's id: its text as a slug, unique within the page.
  std::string Heading(int level, const std::string& text, BlockLines lines);

  struct LinkTarget {
    std::string href;       // what goes into href: a .md link becomes the page's URL
    bool external = false;  // http(s): marked and labelled for screen readers
  };
  // Checks the link text and address; an address in error is returned as it was.
  LinkTarget Link(const std::string& href, const std::string& text, BlockLines lines);

  // Images must be files of the site and say what they show. Returns the
  // src to write: the URL the file is published at (a page's own URL is a
  // folder below its file's, so "kort.png" as written would miss it), or
  // `src` as it was when in error.
  std::string Image(const std::string& src, const std::string& alt, BlockLines lines);

  // Where `needle` first appears in those lines, or the first line's start.
  SourcePosition PositionOf(BlockLines lines, const std::string& needle) const;

  const std::string& external_label() const { return context_.external_label; }
  std::vector<enindgang::Heading> TakeHeadings() { return std::move(headings_); }

 private:
  std::string UniqueId(const std::string& id);
  const std::vector<size_t>& LineStarts() const;
  void CheckLinkText(const std::string& text, BlockLines lines);
  std::string ResolveMarkdownLink(const std::string& href, BlockLines lines);
  // The URL of the site's file an image names; `src` as it was (reported) when the site has none.
  std::string FileUrl(const std::string& src, BlockLines lines);

  const PostProcessContext& context_;
  Diagnostics& diagnostics_;
  std::unordered_set<std::string> ids_;               // heading ids given so far
  std::unordered_map<std::string, int> next_suffix_;  // id → the suffix UniqueId tries next for it
  std::vector<enindgang::Heading> headings_;
  int previous_level_ = 1;  // the title
  // Where each line of the body starts, found on the first message: a body
  // with many problems is not scanned from its start for each of them.
  mutable std::vector<size_t> line_starts_;
};

// Elements nested this deep inside a body are refused, as tinyxml2 refuses
// them when it parses a body with raw HTML (its limit, 100, counts the
// document and the body's wrapper too).
constexpr int kMaxBodyNesting = 98;

// The message for a body nested deeper than that, at its top-level block.
void ReportTooDeep(SourcePosition where, Diagnostics& diagnostics);

}  // namespace enindgang
