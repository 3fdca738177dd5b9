#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "load/domain_values.h"
#include "render/html_postprocess.h"
#include "render/output_file.h"

namespace enindgang {

// A finished HTML page and what the check stage needs to know about it.
struct RenderedPage {
  std::string output_path;
  std::string html;
  OutputSource source;      // what the page's URL comes from; unset for the build's own pages
  std::string source_path;  // the Markdown file, or the data file for generated pages
  int source_line = 0;      // the data file's row for generated pages, else 0
  std::string lang;         // the language of the words (a fallback page's words are Danish)
  Audience audience = Audience::kChild;
  std::string plain_text;            // title, description and body text, for readability
  bool is_content_original = false;  // a content page in its own language (not a fallback copy)
  // Where the post-processed Markdown body sits in `html`, when it is there
  // exactly once. It was parsed and checked when it was made, so the check
  // stage parses only the page around it (a body is most of a page).
  size_t body_offset = std::string::npos;
  size_t body_size = 0;
  std::vector<Heading> body_headings;
  // The Markdown the body was made from (it lives in the Site) and the file
  // line it starts on, to place what the check stage finds in the body.
  std::string_view body_markdown;
  int body_first_line = 1;
  std::vector<ElementLine> body_element_lines;  // a body made from raw HTML: see ProcessedHtml
};

// Stands for the body while the layout renders; an element, so that the page
// around the body is well-formed on its own.
inline constexpr std::string_view kBodyElement = "enindgang-body";
inline constexpr std::string_view kBodyPlaceholder = "<enindgang-body></enindgang-body>";

// Puts `body` where the placeholder is in `page.html` and notes where it went.
// A layout that shows the body more than once gets every copy, unnoted.
void PlaceBody(RenderedPage& page, const ProcessedHtml& body);

}  // namespace enindgang
