#pragma once
#include <string>
#include <string_view>

namespace enindgang {

// CommonMark + GFM tables, autolinks and strikethrough → HTML (XHTML-style
// void tags). Block elements carry data-sourcepos="line:col-line:col" so the
// post-processor can point at the source; it removes them afterwards.
// Raw HTML is replaced by a comment unless `allow_raw_html`.
std::string MarkdownToHtml(std::string_view markdown, bool allow_raw_html);

}  // namespace enindgang
