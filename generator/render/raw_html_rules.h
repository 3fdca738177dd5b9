#pragma once
#include <tinyxml2.h>

#include "base/diagnostics.h"
#include "render/html_postprocess.h"

namespace enindgang {

// Rules for raw HTML in Markdown (site.yaml `unsafe_html: true`), placed at
// the Markdown line the HTML came from.

// True when a browser would read the node differently from tinyxml2, so that
// markup inside it would be live on the page but unseen by a check of
// tinyxml2's tree: "<!-->" and "<!--->" close a comment at once in HTML,
// "--!>" closes one too; CDATA sections, "<?…?>" and "<!…>" end at the first
// ">" in HTML.
bool ReadDifferentlyByBrowsers(const tinyxml2::XMLNode& node);

// Reports why the body's HTML could not be parsed, in words for a content author.
void ReportUnparsable(const tinyxml2::XMLDocument& document, const PostProcessContext& context,
                      Diagnostics& diagnostics);

// Reports each node that a browser would read differently from tinyxml2, so
// that markup inside it would be live on the page but unseen by the link and
// image rules. True if there was one.
bool RejectMisreadMarkup(const tinyxml2::XMLNode& node, const PostProcessContext& context, Diagnostics& diagnostics);

}  // namespace enindgang
