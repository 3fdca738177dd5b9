#include "render/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
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

using ParserPtr = std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)>;
using NodePtr = std::unique_ptr<cmark_node, decltype(&cmark_node_free)>;

int OptionsFor(bool allow_raw_html) {
  return CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8 | (allow_raw_html ? CMARK_OPT_UNSAFE : 0);
}

std::pair<ParserPtr, NodePtr> Parse(std::string_view markdown, int options) {
  ParserPtr parser(cmark_parser_new(options), cmark_parser_free);
  AttachExtensions(parser.get());
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  NodePtr document(cmark_parser_finish(parser.get()), cmark_node_free);
  return {std::move(parser), std::move(document)};
}

std::string RenderHtml(cmark_node* node, cmark_parser* parser, int options) {
  char* html = cmark_render_html(node, options, cmark_parser_get_syntax_extensions(parser));
  std::string result(html);
  std::free(html);
  return result;
}

}  // namespace

std::string MarkdownToHtml(std::string_view markdown, bool allow_raw_html) {
  const int options = OptionsFor(allow_raw_html);
  auto [parser, document] = Parse(markdown, options);
  return RenderHtml(document.get(), parser.get(), options);
}

int MarkdownLineOfHtmlLine(std::string_view markdown, bool allow_raw_html, int html_line) {
  const int options = OptionsFor(allow_raw_html);
  auto [parser, document] = Parse(markdown, options);
  int lines_before = 0;  // output lines of the blocks before this one
  int line = 1;
  for (cmark_node* block = cmark_node_first_child(document.get()); block; block = cmark_node_next(block)) {
    line = std::max(1, cmark_node_get_start_line(block));
    const std::string html = RenderHtml(block, parser.get(), options);
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
