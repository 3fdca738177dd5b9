#include "render/rendered_page.h"

namespace enindgang {

void PlaceBody(RenderedPage& page, const ProcessedHtml& body) {
  size_t at = page.html.find(kBodyPlaceholder);
  if (at == std::string::npos) return;  // a layout without the body
  bool once = page.html.find(kBodyPlaceholder, at + kBodyPlaceholder.size()) == std::string::npos;
  for (size_t next = at; next != std::string::npos; next = page.html.find(kBodyPlaceholder, next + body.html.size()))
    page.html.replace(next, kBodyPlaceholder.size(), body.html);
  if (!once) return;
  page.body_offset = at;
  page.body_size = body.html.size();
  page.body_headings = body.headings;
  page.body_element_lines = body.element_lines;
}

}  // namespace enindgang
