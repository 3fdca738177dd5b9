#include "render/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstdlib>
#include <mutex>

namespace enindgang {
namespace {

void AttachExtensions(cmark_parser* parser) {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  for (const char* name : {"table", "autolink", "strikethrough"}) {
    if (auto* extension = cmark_find_syntax_extension(name)) cmark_parser_attach_syntax_extension(parser, extension);
  }
}

// No CMARK_OPT_VALIDATE_UTF8: the loader has refused invalid UTF-8 in every
// file a body comes from (content, CSV) before cmark sees it.
int OptionsFor(bool allow_raw_html) { return CMARK_OPT_SOURCEPOS | (allow_raw_html ? CMARK_OPT_UNSAFE : 0); }

std::string RenderHtml(cmark_node* node, cmark_parser* parser, int options) {
  char* html = cmark_render_html(node, options, cmark_parser_get_syntax_extensions(parser));
  std::string result(html);
  std::free(html);
  return result;
}

}  // namespace

MarkdownTree::MarkdownTree(std::string_view markdown, bool allow_raw_html)
    : allow_raw_html_(allow_raw_html), options_(OptionsFor(allow_raw_html)), parser_(cmark_parser_new(options_)) {
  AttachExtensions(parser_);
  cmark_parser_feed(parser_, markdown.data(), markdown.size());
  document_ = cmark_parser_finish(parser_);
}

MarkdownTree::~MarkdownTree() {
  cmark_node_free(document_);
  cmark_parser_free(parser_);
}

bool MarkdownTree::HasRawHtml() const {
  cmark_iter* iter = cmark_iter_new(document_);
  bool found = false;
  for (cmark_event_type event; !found && (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    const cmark_node_type type = cmark_node_get_type(cmark_iter_get_node(iter));
    found = type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE;
  }
  cmark_iter_free(iter);
  return found;
}

std::string MarkdownTree::HtmlOf(cmark_node* node) const { return RenderHtml(node, parser_, options_); }

std::string MarkdownToHtml(std::string_view markdown, bool allow_raw_html) {
  return MarkdownTree(markdown, allow_raw_html).Html();
}

int MarkdownLineOfHtmlLine(std::string_view markdown, bool allow_raw_html, int html_line) {
  const MarkdownTree tree(markdown, allow_raw_html);
  int lines_before = 0;  // output lines of the blocks before this one
  int line = 1;
  for (cmark_node* block = cmark_node_first_child(tree.root()); block; block = cmark_node_next(block)) {
    line = std::max(1, cmark_node_get_start_line(block));
    const std::string html = tree.HtmlOf(block);
    const int lines = static_cast<int>(std::count(html.begin(), html.end(), '\n'));
    if (html_line <= lines_before + lines) {
      bool verbatim = cmark_node_get_type(block) == CMARK_NODE_HTML_BLOCK;
      return verbatim ? line + (html_line - lines_before - 1) : line;
    }
    lines_before += lines;
  }
  return line;  // after the last block (an element left open): the last block
}

}  // namespace enindgang
