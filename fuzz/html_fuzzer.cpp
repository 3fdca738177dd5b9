// A page body, made as render/markdown_body makes it: cmark-gfm's tree, then
// the tree writer (render/tree_html), or for raw HTML cmark's HTML through
// PostProcessHtml (tinyxml2); both apply our link, image, heading and table
// rules. The first byte picks the options: raw HTML allowed, right-to-left.
// Properties: no crash; heading ids are unique; the output is well-formed with
// no position attribute left; every message points at a line of the body; and
// a body written from the tree is exactly what the post-processor makes of
// cmark's HTML (HTML, headings, plain text, messages).
#include <tinyxml2.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "render/html_postprocess.h"
#include "render/markdown.h"
#include "reference_body.h"
#include "render/tree_html.h"
#include "text/line_ends.h"
#include "text/utf8.h"

using namespace enindgang;

namespace {

// The tree writer against the post-processor (tests/support/reference_body.h).
void CheckTreeMatchesPostProcessor(std::string_view markdown, const PostProcessContext& context) {
  Diagnostics from_tree, from_html;
  const ProcessedHtml written = RenderTreeHtml(MarkdownTree(markdown, false), context, from_tree);
  const ProcessedHtml reference = testing::ReferenceBody(markdown, context, from_html);
  FUZZ_CHECK(written.html == reference.html);
  FUZZ_CHECK(written.plain_text == reference.plain_text);
  FUZZ_CHECK(testing::Messages(from_tree) == testing::Messages(from_html));
  FUZZ_CHECK(written.headings.size() == reference.headings.size());
  for (size_t i = 0; i < written.headings.size(); ++i) {
    FUZZ_CHECK(written.headings[i].id == reference.headings[i].id);
    FUZZ_CHECK(written.headings[i].text == reference.headings[i].text);
  }
}

bool KeepsPosition(const tinyxml2::XMLElement* element) {
  if (element->Attribute("data-sourcepos")) return true;
  for (auto* child = element->FirstChildElement(); child; child = child->NextSiblingElement())
    if (KeepsPosition(child)) return true;
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const bool raw_html = data[0] & 1, right_to_left = data[0] & 2;
  std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
  // The loader rejects invalid UTF-8 and makes every line end LF before a body ever gets here.
  if (text::FindInvalidUtf8(input, nullptr)) return -1;
  const std::string body = text::NormalizeLineEnds(input);
  const std::string_view markdown = body;

  PostProcessContext context = testing::BodyContext(markdown, right_to_left);
  context.raw_html = raw_html;
  Diagnostics diagnostics;
  const MarkdownTree tree(markdown, raw_html);
  const bool parse_html = raw_html && tree.HasRawHtml();
  auto result =
      parse_html ? PostProcessHtml(tree.Html(), context, diagnostics) : RenderTreeHtml(tree, context, diagnostics);

  PrintIfAsked(diagnostics);
  std::set<std::string> ids;
  for (const auto& heading : result.headings) {
    FUZZ_CHECK(heading.level >= 1 && heading.level <= 6);
    FUZZ_CHECK(ids.insert(heading.id).second);
  }
  // The output is well-formed and no element keeps a position attribute. (Its
  // text may spell "data-sourcepos": an author can type anything.) The spans
  // added around external-link labels and numbers may take a body that was
  // just within tinyxml2's nesting limit past it; that is a limit of the
  // parser, not a fault in the HTML.
  if (!result.html.empty()) {
    tinyxml2::XMLDocument output(true, tinyxml2::PRESERVE_WHITESPACE);
    const std::string wrapped = "<div>" + result.html + "</div>";
    const tinyxml2::XMLError parsed = output.Parse(wrapped.c_str(), wrapped.size());
    FUZZ_CHECK(parsed == tinyxml2::XML_SUCCESS || parsed == tinyxml2::XML_ELEMENT_DEPTH_EXCEEDED);
    if (parsed == tinyxml2::XML_SUCCESS) FUZZ_CHECK(!KeepsPosition(output.RootElement()));
  }
  const int last_line = context.body_first_line + static_cast<int>(std::count(body.begin(), body.end(), '\n'));
  for (const auto& d : diagnostics.Sorted()) {
    FUZZ_CHECK(d.where.column >= 1);
    FUZZ_CHECK(d.where.line >= context.body_first_line && d.where.line <= last_line);
  }
  CheckTreeMatchesPostProcessor(markdown, context);
  return 0;
}
