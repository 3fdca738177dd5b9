#pragma once
// The reference a body written from cmark's tree (render/tree_html) is held
// to: cmark-gfm's own HTML, parsed, processed and printed again by
// PostProcessHtml. Raw HTML is replaced by the comment cmark puts in its place
// when raw HTML is not allowed, but cmark is told to allow it, so that it
// writes every address as the author wrote it (with raw HTML not allowed it
// would blank "javascript:" and the like, which the tree writer leaves to
// the link and image rules to report). Inside an image's alt text cmark
// writes raw HTML as text either way, so it stays.
#include <cmark-gfm.h>

#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "render/html_postprocess.h"
#include "render/markdown.h"

namespace enindgang::testing {

// The context the tree writer and its reference are compared in: a Danish
// page whose links to *.md files and images exist unless the name says
// "mangler" or "missing".
inline PostProcessContext BodyContext(std::string_view markdown, bool right_to_left) {
  PostProcessContext context;
  context.path = "content/da/side.md";
  context.body_first_line = 5;
  context.markdown = markdown;
  context.external_label = "(anden hjemmeside)";
  context.right_to_left = right_to_left;
  context.resolve_page = [](const std::string& target) -> std::optional<std::string> {
    if (target.find("mangler") != std::string::npos || target.find("missing") != std::string::npos) return std::nullopt;
    return std::string("/").append(target, 0, target.size() - 3).append("/");
  };
  // Files exist unless the name says so too; they are published beside the page's folder.
  context.resolve_file = [](const std::string& name) -> std::optional<std::string> {
    if (name.find("mangler") != std::string::npos || name.find("missing") != std::string::npos) return std::nullopt;
    return "/emne/" + name;
  };
  return context;
}

// Every message, sorted, one per line: two runs said the same if these are equal.
inline std::string Messages(const Diagnostics& diagnostics) {
  std::string all;
  for (const auto& d : diagnostics.Sorted()) all += d.Format() + "\n";
  return all;
}

inline bool InImage(cmark_node* node) {
  for (; node; node = cmark_node_parent(node))
    if (cmark_node_get_type(node) == CMARK_NODE_IMAGE) return true;
  return false;
}

inline ProcessedHtml ReferenceBody(std::string_view markdown, PostProcessContext context, Diagnostics& diagnostics) {
  const MarkdownTree tree(markdown, true);
  cmark_iter* iter = cmark_iter_new(tree.root());
  for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    const cmark_node_type type = cmark_node_get_type(node);
    if (event == CMARK_EVENT_ENTER && (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE) &&
        !InImage(node))
      cmark_node_set_literal(node, "<!-- raw HTML omitted -->");
  }
  cmark_iter_free(iter);
  context.raw_html = true;
  return PostProcessHtml(tree.Html(), context, diagnostics);
}

}  // namespace enindgang::testing
