#include "render/html_postprocess.h"

#include <tinyxml2.h>

#include <algorithm>
#include <cstring>
#include <tuple>

#include "render/body_rules.h"
#include "render/html_printer.h"
#include "render/raw_html_rules.h"
#include "render/spaced_numbers.h"

namespace enindgang {
namespace {
using tinyxml2::XMLElement;
using tinyxml2::XMLNode;

std::string TextOf(const XMLNode* node) {
  std::string text;
  for (auto* child = node->FirstChild(); child; child = child->NextSibling()) {
    if (auto* t = child->ToText()) text += t->Value();
    else text += TextOf(child);
  }
  return text;
}

class Processor {
 public:
  Processor(const PostProcessContext& context, Diagnostics& diagnostics) : rules_(context, diagnostics) {}

  void Walk(XMLElement* element) {
    Visit(element);
    for (auto* child = element->FirstChildElement(); child; child = child->NextSiblingElement()) Walk(child);
    if (element->Attribute("data-sourcepos")) positioned_.push_back(element);
  }

  // The positions stay until every element has been visited: placing a
  // message may read a neighbouring block's position.
  void StripSourcePositions() {
    for (XMLElement* element : positioned_) element->DeleteAttribute("data-sourcepos");
  }

  std::vector<Heading> TakeHeadings() { return rules_.TakeHeadings(); }

 private:
  // The Markdown lines of the nearest enclosing block with a position.
  static BlockLines LinesAround(const XMLElement* element) {
    const XMLElement* block = element;
    while (block && !block->Attribute("data-sourcepos"))
      block = block->Parent() ? block->Parent()->ToElement() : nullptr;
    if (!block) return {};
    auto [first, last] = LinesOf(block);
    // cmark-gfm gives the lines left of a paragraph whose last line became a
    // table header "0:0-0:0": they lie between the blocks around it.
    if (first == 0) std::tie(first, last) = LinesBetweenNeighbours(block);
    return {first, last};
  }

  // First and last Markdown line of a block, from cmark's data-sourcepos="1:1-3:20"; {0, 0} without one.
  static std::pair<int, int> LinesOf(const XMLElement* element) {
    int first = 0, last = 0;
    if (element && element->Attribute("data-sourcepos"))
      std::sscanf(element->Attribute("data-sourcepos"), "%d:%*d-%d", &first, &last);
    return {first, last};
  }

  // The next block (the table) is included: cmark-gfm starts it at the
  // paragraph's last line, the one that became the header row.
  static std::pair<int, int> LinesBetweenNeighbours(const XMLElement* block) {
    int first = std::max(1, LinesOf(block->PreviousSiblingElement()).second + 1);
    return {first, std::max(first, LinesOf(block->NextSiblingElement()).first)};
  }

  void Visit(XMLElement* element) {
    const char* name = element->Name();
    if (std::strlen(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') return VisitHeading(element);
    if (std::strcmp(name, "a") == 0) return VisitLink(element);
    if (std::strcmp(name, "img") == 0) return VisitImage(element);
    if (std::strcmp(name, "th") == 0 || std::strcmp(name, "td") == 0) return VisitCell(element);
  }

  void VisitHeading(XMLElement* element) {
    std::string id = rules_.Heading(element->Name()[1] - '0', TextOf(element), LinesAround(element));
    element->SetAttribute("id", id.c_str());
  }

  void VisitLink(XMLElement* element) {
    const char* href = element->Attribute("href");
    auto target = rules_.Link(href ? href : "", TextOf(element), LinesAround(element));
    if (href && target.href != href) element->SetAttribute("href", target.href.c_str());
    if (target.external) MarkExternal(element);
  }

  void MarkExternal(XMLElement* element) {
    element->SetAttribute("class", "external");
    element->SetAttribute("rel", "external noreferrer");
    if (rules_.external_label().empty()) return;
    auto* label = element->GetDocument()->NewElement("span");
    label->SetAttribute("class", "visually-hidden");
    label->SetText((" " + rules_.external_label()).c_str());
    element->InsertEndChild(label);
  }

  void VisitImage(XMLElement* element) {
    const char* alt = element->Attribute("alt");
    const char* src = element->Attribute("src");
    element->SetAttribute("src", rules_.Image(src ? src : "", alt ? alt : "", LinesAround(element)).c_str());
  }

  void VisitCell(XMLElement* element) {
    if (const char* align = element->Attribute("align")) {
      element->SetAttribute("class", (std::string("align-") + align).c_str());
      element->DeleteAttribute("align");
    }
    auto* parent = element->Parent()->ToElement();
    auto* section = parent ? parent->Parent()->ToElement() : nullptr;
    if (std::strcmp(element->Name(), "th") == 0 && section && std::strcmp(section->Name(), "thead") == 0) {
      element->SetAttribute("scope", "col");
    }
  }

  BodyRules rules_;
  std::vector<XMLElement*> positioned_;  // elements with data-sourcepos, removed after the walk
};

// See render/spaced_numbers.h: why numbers with spaces are isolated on right-to-left pages.
void IsolateSpacedNumbers(XMLNode* node) {
  for (XMLNode* child = node->FirstChild(); child;) {
    XMLNode* next = child->NextSibling();
    if (auto* element = child->ToElement()) {
      IsolateSpacedNumbers(element);
    } else if (auto* text = child->ToText()) {
      const std::string value = text->Value();
      auto pieces = SplitSpacedNumbers(value);
      if (pieces.size() > 1) {
        auto* document = node->GetDocument();
        XMLNode* previous = child;
        for (const TextPiece& piece : pieces) {
          const std::string part(piece.text);
          XMLNode* inserted = document->NewText(part.c_str());
          if (piece.spaced_number) {
            auto* span = document->NewElement("span");
            span->SetAttribute("dir", "ltr");
            span->SetText(part.c_str());
            document->DeleteNode(inserted);
            inserted = span;
          }
          previous = node->InsertAfterChild(previous, inserted);
        }
        node->DeleteChild(child);
      }
    }
    child = next;
  }
}

// Comments never reach the page: an author's note is not for the public, and
// a comment opened in raw HTML and closed blocks later would carry the HTML
// cmark made for those blocks, position attributes included.
void RemoveComments(XMLNode* node) {
  for (XMLNode* child = node->FirstChild(); child;) {
    XMLNode* next = child->NextSibling();
    if (child->ToComment()) node->DeleteChild(child);
    else RemoveComments(child);
    child = next;
  }
}

void CollectPlainText(const XMLNode* node, std::string& out) {
  for (auto* child = node->FirstChild(); child; child = child->NextSibling()) {
    if (auto* t = child->ToText()) {
      out += t->Value();
    } else if (auto* e = child->ToElement()) {
      static constexpr std::string_view kBlocks[] = {"p",  "li", "h1", "h2", "h3",  "h4",         "h5", "h6",
                                                     "td", "th", "dt", "dd", "pre", "blockquote", "tr"};
      bool block = std::find(std::begin(kBlocks), std::end(kBlocks), std::string_view(e->Name())) != std::end(kBlocks);
      CollectPlainText(e, out);
      if (block) out += "\n";
    }
  }
}

}  // namespace

ProcessedHtml PostProcessHtml(const std::string& html, const PostProcessContext& context, Diagnostics& diagnostics) {
  tinyxml2::XMLDocument document(true, tinyxml2::PRESERVE_WHITESPACE);
  std::string wrapped = "<div>" + html + "</div>";
  if (document.Parse(wrapped.c_str(), wrapped.size()) != tinyxml2::XML_SUCCESS) {
    ReportUnparsable(document, context, diagnostics);
    return {};
  }
  auto* root = document.RootElement();
  if (context.raw_html && RejectMisreadMarkup(*root, context, diagnostics)) return {};
  Processor processor(context, diagnostics);
  processor.Walk(root);
  processor.StripSourcePositions();
  RemoveComments(root);
  if (context.right_to_left) IsolateSpacedNumbers(root);
  ProcessedHtml result;
  result.html = PrintHtml(*root, true, &result.element_lines);
  result.headings = processor.TakeHeadings();
  CollectPlainText(root, result.plain_text);
  return result;
}

}  // namespace enindgang
