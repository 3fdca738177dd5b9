#include "check/html_structure.h"

#include <tinyxml2.h>

#include <cstring>

namespace enindgang {
namespace {
using tinyxml2::XMLElement;

void CollectHeadings(const XMLElement* element, const RenderedPage& page,
                     std::vector<std::pair<int, std::string>>& out) {
  for (auto* child = element->FirstChildElement(); child; child = child->NextSiblingElement()) {
    const char* name = child->Name();
    if (std::strlen(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6')
      out.push_back({name[1] - '0', child->GetText() ? child->GetText() : ""});
    if (kBodyElement == name)
      for (const auto& heading : page.body_headings) out.push_back({heading.level, heading.text});
    CollectHeadings(child, page, out);
  }
}

// The page with its body (already parsed when it was made) left out again.
std::string PageAroundBody(const RenderedPage& page) {
  std::string around = page.html.substr(0, page.body_offset);
  around += kBodyPlaceholder;
  around.append(page.html, page.body_offset + page.body_size);
  return around;
}

}  // namespace

// tinyxml2 stops without an error at an end tag outside every element, so
// that the rest of the page would go unchecked: an element put after the page
// must be the last thing it read. (A page that spells it is not accepted.)
constexpr std::string_view kEndElement = "<enindgang-end/>";

bool ParseWhole(std::string html, tinyxml2::XMLDocument& document) {
  const bool spelled = html.find(kEndElement.substr(0, kEndElement.size() - 2)) != std::string::npos;
  html += kEndElement;
  if (document.Parse(html.c_str(), html.size()) != tinyxml2::XML_SUCCESS) return false;
  tinyxml2::XMLElement* last = document.LastChildElement();
  if (spelled || !last || kEndElement.substr(1, kEndElement.size() - 3) != last->Name()) return false;
  document.DeleteNode(last);
  return true;
}

bool ParsePageAroundBody(const RenderedPage& page, tinyxml2::XMLDocument& document, Diagnostics& diagnostics) {
  if (ParseWhole(page.body_offset == std::string::npos ? page.html : PageAroundBody(page), document)) return true;
  const std::string what =
      document.Error() ? std::string(document.ErrorStr()) : "a tag is closed outside every element";
  diagnostics.Error({page.source_path, 1, 1},
                    "the generated page is not well-formed: " + what + " (" + page.output_path + ")",
                    "check the theme's templates for unclosed or misnested tags");
  return false;
}

void CheckHtmlStructure(const RenderedPage& page, Diagnostics& diagnostics) {
  tinyxml2::XMLDocument document(true, tinyxml2::PRESERVE_WHITESPACE);
  if (ParsePageAroundBody(page, document, diagnostics)) CheckHtmlStructure(page, document, diagnostics);
}

void CheckHtmlStructure(const RenderedPage& page, const tinyxml2::XMLDocument& document, Diagnostics& diagnostics) {
  SourcePosition where{page.source_path, 1, 1};
  std::string label = " (" + page.output_path + ")";
  const XMLElement* html = document.RootElement();
  if (!html || std::strcmp(html->Name(), "html") != 0 || !html->Attribute("lang") || !html->Attribute("dir")) {
    diagnostics.Error(where, "the page's <html> element needs lang and dir" + label,
                      "the base template should start <html lang=\"{{lang}}\" dir=\"{{dir}}\">");
    return;
  }
  std::vector<std::pair<int, std::string>> headings;
  CollectHeadings(html, page, headings);
  int h1 = 0;
  int previous = 0;
  for (const auto& [level, text] : headings) {
    if (level == 1) ++h1;
    if (previous > 0 && level > previous + 1) {
      diagnostics.Error(
          where,
          "heading '" + text + "' skips from h" + std::to_string(previous) + " to h" + std::to_string(level) + label,
          "use one more # than the heading above it, not more");
    }
    previous = level;
  }
  if (h1 != 1) {
    diagnostics.Error(where, "the page has " + std::to_string(h1) + " h1 headings, it needs exactly one" + label,
                      "the title is the h1; start the body's headings at ##");
  }
}

}  // namespace enindgang
