#include "render/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

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

}  // namespace

std::string MarkdownToHtml(std::string_view markdown, bool allow_raw_html) {
  int options = CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8 | (allow_raw_html ? CMARK_OPT_UNSAFE : 0);
  std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)> parser(cmark_parser_new(options), cmark_parser_free);
  AttachExtensions(parser.get());
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, decltype(&cmark_node_free)> document(cmark_parser_finish(parser.get()), cmark_node_free);
  char* html = cmark_render_html(document.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
  std::string result(html);
  std::free(html);
  return result;
}

}  // namespace enindgang
