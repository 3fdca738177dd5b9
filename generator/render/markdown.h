#pragma once
#include <memory>
#include <string>
#include <string_view>

struct cmark_node;
struct cmark_parser;

namespace enindgang {

// A body's Markdown parsed by cmark-gfm: CommonMark + GFM tables, autolinks
// and strikethrough, with source positions.
class MarkdownTree {
 public:
  MarkdownTree(std::string_view markdown, bool allow_raw_html);
  ~MarkdownTree();
  MarkdownTree(const MarkdownTree&) = delete;
  MarkdownTree& operator=(const MarkdownTree&) = delete;

  cmark_node* root() const { return document_; }
  bool allows_raw_html() const { return allow_raw_html_; }
  // True if the author wrote HTML anywhere in the body.
  bool HasRawHtml() const;
  // cmark-gfm's own HTML (XHTML-style void tags). Block elements carry
  // data-sourcepos="line:col-line:col" for the post-processor, which removes
  // them. Raw HTML is replaced by a comment unless allowed.
  std::string Html() const { return HtmlOf(document_); }
  std::string HtmlOf(cmark_node* node) const;

 private:
  bool allow_raw_html_;
  int options_;
  cmark_parser* parser_;
  cmark_node* document_;
};

// MarkdownTree(markdown, allow_raw_html).Html().
std::string MarkdownToHtml(std::string_view markdown, bool allow_raw_html);

// The Markdown line (1-based, within `markdown`) that line `html_line` of
// MarkdownToHtml's output came from: inside raw HTML (copied line for line)
// the exact line, elsewhere the first line of the top-level block. Only for
// messages, so it renders the blocks again one by one.
int MarkdownLineOfHtmlLine(std::string_view markdown, bool allow_raw_html, int html_line);

}  // namespace enindgang
