#pragma once
#include <string>

#include "render/body_rules.h"

struct cmark_node;

namespace enindgang {

// What the tree writer (render/tree_html) asks of cmark-gfm's nodes.

// True if the node's type string is `type_string` ("table", "strikethrough"…):
// the extensions' node types have no public constants.
bool HasType(cmark_node* node, const char* type_string);

// cmark-gfm names a header row "table_header", any other row "table_row".
bool IsTableRow(cmark_node* node);

// A paragraph in a tight list, which cmark writes without <p>.
bool InTightList(cmark_node* paragraph);

// The Markdown lines of the nearest enclosing block that cmark's HTML gives a
// data-sourcepos, the lines PostProcessHtml places a message in.
BlockLines LinesAround(cmark_node* node);

// The first line of the top-level block around `node`, as MarkdownLineOfHtmlLine finds it.
int TopLevelLine(cmark_node* node);

// An image's alt text as cmark writes it: the text of its children, line breaks as spaces.
std::string AltText(cmark_node* image);

}  // namespace enindgang
