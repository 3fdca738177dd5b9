#include "render/markdown_body.h"

#include "render/bracket_limits.h"
#include "render/link_resolver.h"
#include "render/markdown.h"
#include "render/table_limits.h"
#include "render/tree_html.h"

namespace enindgang {

ProcessedHtml RenderMarkdownBody(const RenderShared& shared, const PageSource& source, const Language& reader,
                                 Diagnostics& diagnostics) {
  const SiteConfig& config = shared.site.config();
  const Language* written_in = config.FindLanguage(source.lang);
  PostProcessContext context;
  context.path = source.path;
  context.body_first_line = source.body_first_line;
  context.markdown = source.body;
  context.external_label = shared.strings.Format(reader, "external_link");
  context.right_to_left = (written_in ? written_in : &reader)->direction == Direction::kRtl;
  context.raw_html = config.unsafe_html;
  context.resolve_page = [&](const std::string& target) {
    return ResolvePageLink(shared.site, reader.code, source.key, target);
  };
  // Files beside the page are in the folder of the language it is written in (a fallback's is Danish).
  context.resolve_file = [&](const std::string& relative) {
    return ResolveFileLink(shared.site, source.lang, source.key, relative);
  };
  context.site_href = [&](const std::string& link) { return shared.links.Href(link); };
  // Before cmark pads the rows of tables or walks back over open brackets.
  const bool tables_ok = CheckTableSizes(context, diagnostics);
  if (!CheckBracketCounts(context, diagnostics) || !tables_ok) return {};
  const MarkdownTree tree(source.body, config.unsafe_html);
  // Raw HTML has to be parsed to be checked; everything else is written from the tree.
  if (config.unsafe_html && tree.HasRawHtml()) return PostProcessHtml(tree.Html(), context, diagnostics);
  return RenderTreeHtml(tree, context, diagnostics);
}

}  // namespace enindgang
