#include "render/raw_html_rules.h"

#include "render/body_rules.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "render/markdown.h"

namespace enindgang {
namespace {
using tinyxml2::XMLNode;

// tinyxml2's error, in words for a content author.
std::string WhatIsWrong(tinyxml2::XMLError error) {
  switch (error) {
    case tinyxml2::XML_ERROR_MISMATCHED_ELEMENT:
      return "a tag is closed that is not open here, or a tag opened before it is not closed";
    case tinyxml2::XML_ERROR_PARSING_ATTRIBUTE:
      return "an attribute is not well-formed (its value must be in quotes)";
    case tinyxml2::XML_ERROR_PARSING_ELEMENT:
      return "a tag is not well-formed or is never closed";
    case tinyxml2::XML_ERROR_PARSING_TEXT:
      return "a < or & in the text does not start a tag or an entity";
    case tinyxml2::XML_ERROR_PARSING_COMMENT:
      return "a comment is not closed with -->";
    default:
      return "the HTML is not well-formed";
  }
}

}  // namespace

bool ReadDifferentlyByBrowsers(const XMLNode& node) {
  if (const auto* comment = node.ToComment()) {
    std::string_view text = comment->Value();
    return text.starts_with(">") || text.starts_with("->") || text.find("--!>") != std::string_view::npos ||
           text.find("<!--") != std::string_view::npos;
  }
  if (const auto* text = node.ToText()) return text->CData();
  return node.ToUnknown() || node.ToDeclaration();
}

void ReportUnparsable(const tinyxml2::XMLDocument& document, const PostProcessContext& context,
                      Diagnostics& diagnostics) {
  int line = MarkdownLineOfHtmlLine(context.markdown, context.raw_html, std::max(1, document.ErrorLineNum()));
  SourcePosition where{context.path, context.body_first_line + line - 1, 1};
  if (document.ErrorID() == tinyxml2::XML_ELEMENT_DEPTH_EXCEEDED) {
    return ReportTooDeep(where, diagnostics);
  }
  diagnostics.Error(where, "raw HTML in this block cannot be read: " + WhatIsWrong(document.ErrorID()),
                    "close every tag you open, in the reverse order, and quote attribute values");
}

bool RejectMisreadMarkup(const XMLNode& node, const PostProcessContext& context, Diagnostics& diagnostics) {
  bool found = false;
  for (auto* child = node.FirstChild(); child; child = child->NextSibling()) {
    if (!ReadDifferentlyByBrowsers(*child)) {
      found = RejectMisreadMarkup(*child, context, diagnostics) || found;
      continue;
    }
    int line = MarkdownLineOfHtmlLine(context.markdown, context.raw_html, child->GetLineNum());
    diagnostics.Error({context.path, context.body_first_line + line - 1, 1},
                      "raw HTML here would be read differently by browsers (a comment, <![CDATA[, <? or <! that is "
                      "not a plain <!-- comment -->)",
                      "write comments as <!-- text --> with spaces inside, or remove the markup");
    found = true;
  }
  return found;
}

}  // namespace enindgang
