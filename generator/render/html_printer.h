#pragma once
#include <tinyxml2.h>

#include <string>
#include <vector>

#include "render/html_postprocess.h"

namespace enindgang {

// Prints a tinyxml2 tree as HTML that is also well-formed XML: void elements
// (br, img, hr, meta, link, input) close themselves, every other element gets
// an explicit end tag even when empty (`<td></td>`, never `<td/>`, which HTML
// parsers would read as an unclosed start tag).
// With `lines`, notes where each element starts in the result and its line in the parsed text.
std::string PrintHtml(const tinyxml2::XMLNode& node, bool children_only, std::vector<ElementLine>* lines = nullptr);

bool IsVoidElement(const char* name);

}  // namespace enindgang
