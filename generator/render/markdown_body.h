#pragma once
#include "load/page_source.h"
#include "render/html_postprocess.h"
#include "render/render_shared.h"

namespace enindgang {

// A page's Markdown body as HTML ready for a page in the `reader`'s language:
// links to other .md files go to those pages in that language, external links
// are labelled in it, and numbers are isolated when the body's own language is
// right-to-left. Problems are reported at their place in the source file.
ProcessedHtml RenderMarkdownBody(const RenderShared& shared, const PageSource& source, const Language& reader,
                                 Diagnostics& diagnostics);

}  // namespace enindgang
