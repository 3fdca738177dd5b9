#include "render/cmark_nodes.h"

#include <cmark-gfm.h>

#include <algorithm>
#include <cstring>

namespace enindgang {
namespace {

// The blocks cmark's HTML gives a data-sourcepos attribute, the ones
// PostProcessHtml places messages by.
bool HasPosition(cmark_node* node) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_BLOCK_QUOTE:
    case CMARK_NODE_LIST:
    case CMARK_NODE_ITEM:
    case CMARK_NODE_HEADING:
    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_THEMATIC_BREAK:
      return true;
    case CMARK_NODE_PARAGRAPH:
      return !InTightList(node);
    default:
      return HasType(node, "table") || IsTableRow(node) || HasType(node, "table_cell");
  }
}

// A sibling block that becomes an element (raw HTML becomes none).
cmark_node* ElementSibling(cmark_node* node, cmark_node* (*step)(cmark_node*)) {
  cmark_node* sibling = step(node);
  while (sibling && cmark_node_get_type(sibling) == CMARK_NODE_HTML_BLOCK) sibling = step(sibling);
  return sibling;
}

}  // namespace

bool HasType(cmark_node* node, const char* type_string) {
  return std::strcmp(cmark_node_get_type_string(node), type_string) == 0;
}

bool IsTableRow(cmark_node* node) { return HasType(node, "table_row") || HasType(node, "table_header"); }

bool InTightList(cmark_node* paragraph) {
  cmark_node* item = cmark_node_parent(paragraph);
  cmark_node* list = item ? cmark_node_parent(item) : nullptr;
  return list && cmark_node_get_type(list) == CMARK_NODE_LIST && cmark_node_get_list_tight(list);
}

BlockLines LinesAround(cmark_node* node) {
  cmark_node* block = node;
  while (block && !HasPosition(block)) block = cmark_node_parent(block);
  if (!block) return {};
  int first = cmark_node_get_start_line(block), last = cmark_node_get_end_line(block);
  if (first == 0) {  // a paragraph whose last line became a table header: see html_postprocess.cpp
    cmark_node* before = ElementSibling(block, cmark_node_previous);
    cmark_node* after = ElementSibling(block, cmark_node_next);
    first = std::max(1, (before ? cmark_node_get_end_line(before) : 0) + 1);
    last = std::max(first, after ? cmark_node_get_start_line(after) : 0);
  }
  return {first, last};
}

std::string AltText(cmark_node* image) {
  std::string alt;
  cmark_iter* iter = cmark_iter_new(image);
  for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (event != CMARK_EVENT_ENTER || node == image) continue;
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
      case CMARK_NODE_HTML_INLINE:
        alt += cmark_node_get_literal(node);
        break;
      case CMARK_NODE_LINEBREAK:
      case CMARK_NODE_SOFTBREAK:
        alt += ' ';
        break;
      default:
        break;
    }
  }
  cmark_iter_free(iter);
  return alt;
}

int TopLevelLine(cmark_node* node) {
  while (cmark_node_parent(node) && cmark_node_parent(cmark_node_parent(node))) node = cmark_node_parent(node);
  return std::max(1, cmark_node_get_start_line(node));
}

}  // namespace enindgang
