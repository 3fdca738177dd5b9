#include "render/html_postprocess.h"

#include <tinyxml2.h>

#include <algorithm>
#include <cstring>
#include <tuple>
#include <regex>
#include <set>

#include "render/html_printer.h"
#include "render/raw_html_rules.h"
#include "text/slug.h"
#include "text/utf8.h"

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

std::string SchemeOf(const std::string& href) {
  auto colon = href.find(':');
  if (colon == std::string::npos) return "";
  auto first_special = href.find_first_of("/?#");
  if (first_special != std::string::npos && first_special < colon) return "";
  std::string scheme = href.substr(0, colon);
  for (auto& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return scheme;
}

class Processor {
 public:
  Processor(const PostProcessContext& context, Diagnostics& diagnostics) : context_(context), diagnostics_(diagnostics) {}

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

  std::vector<Heading> headings;

 private:
  // The Markdown position of `element`: its block's line, and the column of
  // `needle` inside that block when it can be found.
  SourcePosition PositionOf(const XMLElement* element, const std::string& needle) const {
    const XMLElement* block = element;
    while (block && !block->Attribute("data-sourcepos")) block = block->Parent() ? block->Parent()->ToElement() : nullptr;
    auto [first, last] = block ? LinesOf(block) : std::pair{1, 1};
    // cmark-gfm gives the lines left of a paragraph whose last line became a
    // table header "0:0-0:0": they lie between the blocks around it.
    if (block && first == 0) std::tie(first, last) = LinesBetweenNeighbours(block);
    std::string_view md = context_.markdown;
    int line = 1;
    size_t start = 0;
    while (line < first && start < md.size()) {
      start = md.find('\n', start);
      if (start == std::string_view::npos) break;
      ++start;
      ++line;
    }
    for (int l = first; l <= last && start < md.size(); ++l) {
      size_t end = md.find('\n', start);
      std::string_view text = md.substr(start, end == std::string_view::npos ? md.npos : end - start);
      if (auto at = text.find(needle); !needle.empty() && at != std::string_view::npos) {
        return {context_.path, context_.body_first_line + l - 1, text::ColumnOf(text, at)};
      }
      if (end == std::string_view::npos) break;
      start = end + 1;
    }
    return {context_.path, context_.body_first_line + first - 1, 1};
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
    std::string text = TextOf(element);
    int level = element->Name()[1] - '0';
    // The page title is the only h1; the body's outline starts at ## and never skips a level.
    if (level == 1) {
      diagnostics_.Error(PositionOf(element, "#"), "heading '" + text + "' is a level-1 heading",
                         "the page title is already the h1; start the body's headings at ##");
    } else if (level > previous_level_ + 1) {
      diagnostics_.Error(PositionOf(element, "#"),
                         "heading '" + text + "' skips from h" + std::to_string(previous_level_) + " to h" +
                             std::to_string(level),
                         "use " + std::string(previous_level_ + 1, '#') + " here, one more # than the heading above");
    }
    previous_level_ = level;
    std::string id = text::Slugify(text);
    if (id.empty()) id = "afsnit";
    std::string unique = id;
    for (int n = 2; !ids_.insert(unique).second; ++n) unique = id + "-" + std::to_string(n);
    element->SetAttribute("id", unique.c_str());
    headings.push_back({element->Name()[1] - '0', unique, text});
  }

  // Link texts that mean nothing when a screen reader lists the page's links (WCAG 2.4.4).
  void CheckLinkText(XMLElement* element) {
    static const std::set<std::string> vague = {
        "klik her", "tryk her", "her", "læs mere", "mere", "link", "se her",            // da
        "click here", "here", "read more", "more", "this link", "link",                  // en
        "тут", "тут.", "натисніть тут", "детальніше", "читати далі", "більше",           // uk
        "هنا", "اضغط هنا", "انقر هنا", "اقرأ المزيد", "المزيد"};                         // ar
    std::string text = TextOf(element);
    std::string folded;
    for (char c : text) folded += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    while (!folded.empty() && (folded.back() == ' ' || folded.back() == '.')) folded.pop_back();
    while (!folded.empty() && folded.front() == ' ') folded.erase(0, 1);
    if (!vague.count(folded)) return;
    diagnostics_.Error(PositionOf(element, "[" + text), "link text '" + text + "' does not say where the link goes",
                       "write what the reader finds there, e.g. [Dine rettigheder](rettigheder.md)");
  }

  void VisitLink(XMLElement* element) {
    CheckLinkText(element);
    std::string href = element->Attribute("href") ? element->Attribute("href") : "";
    std::string scheme = SchemeOf(href);
    if (href.empty()) {
      diagnostics_.Error(PositionOf(element, "]("), "link has no address or an address that is not allowed",
                         "links may use https:, http:, mailto: or tel:, or point to another .md page");
      return;
    }
    if (scheme == "http" || scheme == "https") return MarkExternal(element);
    if (scheme == "mailto" || scheme == "tel") return;
    if (!scheme.empty()) {
      diagnostics_.Error(PositionOf(element, href), "links with '" + scheme + ":' are not allowed",
                         "use https:, http:, mailto: or tel:");
      return;
    }
    RewriteMarkdownLink(element, href);
  }

  void RewriteMarkdownLink(XMLElement* element, const std::string& href) {
    auto hash = href.find('#');
    std::string target = href.substr(0, hash);
    std::string fragment = hash == std::string::npos ? "" : href.substr(hash);
    if (!target.ends_with(".md")) return;  // a file or an absolute path: left as written
    auto url = context_.resolve_page(target);
    if (!url) {
      diagnostics_.Error(PositionOf(element, href), "link to a page that does not exist: " + target,
                         "check the file name; links are relative to this file, e.g. ../ord.md");
      return;
    }
    element->SetAttribute("href", (*url + fragment).c_str());
  }

  void MarkExternal(XMLElement* element) {
    element->SetAttribute("class", "external");
    element->SetAttribute("rel", "external noreferrer");
    if (context_.external_label.empty()) return;
    auto* label = element->GetDocument()->NewElement("span");
    label->SetAttribute("class", "visually-hidden");
    label->SetText((" " + context_.external_label).c_str());
    element->InsertEndChild(label);
  }

  void VisitImage(XMLElement* element) {
    const char* alt = element->Attribute("alt");
    std::string src = element->Attribute("src") ? element->Attribute("src") : "";
    if (alt && std::string_view(alt).find_first_not_of(" \t") != std::string_view::npos) return;
    diagnostics_.Error(PositionOf(element, "![" ), "image " + src + " has no alt text",
                       "describe what the image shows between the brackets: ![what it shows](" + src + ")");
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

  const PostProcessContext& context_;
  Diagnostics& diagnostics_;
  std::set<std::string> ids_;
  std::vector<XMLElement*> positioned_;  // elements with data-sourcepos, removed after the walk
  int previous_level_ = 1;  // the title
};

// In right-to-left text the bidi algorithm shows "116 111" as "111 116": the
// space lets the two groups of digits swap. Each such number is isolated in a
// left-to-right span.
void IsolateSpacedNumbers(XMLNode* node) {
  static const std::regex spaced_number(R"([0-9]+(?:(?: |\xC2\xA0)[0-9]+)+)");
  for (XMLNode* child = node->FirstChild(); child;) {
    XMLNode* next = child->NextSibling();
    if (auto* element = child->ToElement()) {
      IsolateSpacedNumbers(element);
    } else if (auto* text = child->ToText()) {
      std::string value = text->Value();
      std::smatch match;
      if (std::regex_search(value, match, spaced_number)) {
        auto* document = node->GetDocument();
        auto* before = document->NewText(match.prefix().str().c_str());
        auto* span = document->NewElement("span");
        span->SetAttribute("dir", "ltr");
        span->SetText(match.str().c_str());
        auto* after = document->NewText(match.suffix().str().c_str());
        node->InsertAfterChild(child, before);
        node->InsertAfterChild(before, span);
        node->InsertAfterChild(span, after);
        node->DeleteChild(child);
        next = after;  // the rest of the text may hold another number
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
      static constexpr std::string_view kBlocks[] = {"p",  "li", "h1", "h2", "h3", "h4", "h5", "h6", "td",
                                                     "th", "dt", "dd", "pre", "blockquote", "tr"};
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
  result.html = PrintHtml(*root, true);
  result.headings = std::move(processor.headings);
  CollectPlainText(root, result.plain_text);
  return result;
}

}  // namespace enindgang
