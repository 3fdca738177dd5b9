#pragma once
#include "base/diagnostics.h"
#include "render/html_postprocess.h"
#include "render/markdown.h"

namespace enindgang {

// A page body's HTML written straight from cmark's node tree, for bodies
// without raw HTML. It gives the same page HTML, headings, plain text and
// messages as PostProcessHtml(tree.Html()) (a test and the html fuzzer hold
// the two to that) without printing the HTML and parsing it again, which had
// been a sixth of a build's time. Raw HTML in the tree is left out, as cmark
// leaves it out when it is not allowed.
ProcessedHtml RenderTreeHtml(const MarkdownTree& tree, const PostProcessContext& context, Diagnostics& diagnostics);

}  // namespace enindgang
