#pragma once
#include <string>
#include <string_view>

namespace enindgang {

// CommonMark + GFM tables, autolinks and strikethrough → HTML (XHTML-style
// void tags). Block elements carry data-sourcepos="line:col-line:col" so the
// post-processor can point at the source; it removes them afterwards.
// Raw HTML is replaced by a comment unless `allow_raw_html`.
std::string MarkdownToHtml(std::string_view markdown, bool allow_raw_html);

// The Markdown line (1-based, within `markdown`) that line `html_line` of
// MarkdownToHtml's output came from: inside raw HTML (copied line for line)
// the exact line, elsewhere the first line of the top-level block. Only for
// messages, so it renders the blocks again one by one.
int MarkdownLineOfHtmlLine(std::string_view markdown, bool allow_raw_html, int html_line);

}  // namespace enindgang
