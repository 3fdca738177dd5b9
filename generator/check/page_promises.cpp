#include "check/page_promises.h"

#include <algorithm>
#include <cctype>

#include "check/html_structure.h"
#include "check/markup_promises.h"
#include "check/resource_url.h"
#include "render/embed_snippet.h"
#include "render/markdown.h"
#include "text/utf8.h"

namespace enindgang {
namespace {

// Where `needle` is first written in `text` from `from` on, ignoring case.
size_t FindIgnoringCase(std::string_view text, std::string_view needle, size_t from) {
  if (needle.empty() || from > text.size()) return std::string_view::npos;
  auto same = [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  };
  auto at = std::search(text.begin() + from, text.end(), needle.begin(), needle.end(), same);
  return at == text.end() ? std::string_view::npos : static_cast<size_t>(at - text.begin());
}

// Places the findings in a body at the Markdown they came from: the element
// a finding lies in has its line in cmark's HTML, which render/markdown maps
// back to a Markdown line; the column is where the finding's text is written
// on that line, after any finding placed there before (or the line's start,
// when it is spelled otherwise, with entities).
class MarkdownPlacer {
 public:
  explicit MarkdownPlacer(const RenderedPage& page) : page_(page) {}

  SourcePosition Place(const BrokenPromise& broken) {
    const std::string_view markdown = page_.body_markdown;
    const int line = MarkdownLineOfHtmlLine(markdown, true, HtmlLineOf(broken.offset));
    size_t start = 0;
    for (int l = 1; l < line && start != std::string_view::npos; ++l) {
      start = markdown.find('\n', start);
      if (start != std::string_view::npos) ++start;
    }
    if (start == std::string_view::npos) start = markdown.size();
    const std::string_view text = markdown.substr(start, markdown.find('\n', start) - start);
    size_t at = FindIgnoringCase(text, broken.needle, line == last_line_ ? after_ : 0);
    if (at == std::string_view::npos) at = FindIgnoringCase(text, broken.needle, 0);
    last_line_ = line;
    after_ = at == std::string_view::npos ? 0 : at + 1;
    const int column = at == std::string_view::npos ? 1 : text::ColumnOf(text, at);
    return {page_.source_path, page_.body_first_line + line - 1, column};
  }

 private:
  int HtmlLineOf(size_t offset_in_body) const {
    const auto& lines = page_.body_element_lines;
    auto after = std::upper_bound(lines.begin(), lines.end(), offset_in_body,
                                  [](size_t offset, const ElementLine& e) { return offset < e.offset; });
    return after == lines.begin() ? 1 : std::prev(after)->line;
  }

  const RenderedPage& page_;
  int last_line_ = 0;
  size_t after_ = 0;  // on last_line_, just after the finding placed there
};

}  // namespace

bool CheckTemplatePromises(const ThemeFiles& theme, std::string_view site_origin, Diagnostics& diagnostics) {
  bool found = false;
  for (const auto& [name, file] : theme.templates) {
    if (name == kEmbedInstructionsTemplate) continue;  // plain text, which may show markup as words
    for (const BrokenPromise& broken : FindBrokenPromises(file.text, site_origin, DataBlocks::kTemplate)) {
      const auto [line, column] = text::LineAndColumnOf(file.text, broken.offset);
      diagnostics.Error({file.path, line, column}, broken.message, broken.hint);
      found = true;
    }
  }
  return found;
}

namespace {

void ReportInPage(const RenderedPage& page, const std::vector<BrokenPromise>& found, Diagnostics& diagnostics) {
  for (const BrokenPromise& broken : found) {
    diagnostics.Error({page.source_path, page.source_line, 1}, broken.message + " (" + page.output_path + ")",
                      broken.hint + "; check the values and templates this page is made from");
  }
}

// The body is parsed on its own only where the layout leaves it as ordinary
// HTML: inside <svg>, <math>, or an element whose content is text (<textarea>,
// <script> …) a browser would read it otherwise.
// The value of a quoted attribute as render/html_escape wrote it.
std::string Unescaped(std::string_view value) {
  std::string out;
  for (size_t i = 0; i < value.size(); ++i) {
    if (value[i] != '&') {
      out += value[i];
      continue;
    }
    size_t end = value.find(';', i);
    if (end == std::string_view::npos) return out + std::string(value.substr(i));  // never written so
    std::string_view name = value.substr(i + 1, end - i - 1);
    if (name == "amp") out += '&';
    else if (name == "lt") out += '<';
    else if (name == "gt") out += '>';
    else if (name == "quot") out += '"';
    else out.append("&").append(name).append(";");  // left as written: ClassifyUrl then sees no scheme it allows
    i = end;
  }
  return out;
}

// A body written from cmark's tree (render/tree_html) has fixed markup; its
// only addresses are <a href="…"> and <img src="…">, quoted and escaped. True
// if one of them might break a promise (or text spells such an attribute):
// then gumbo reads the body. Linear, and it allocates only for addresses.
bool TreeBodyMayBreakPromise(std::string_view body, std::string_view site_origin) {
  for (std::string_view attribute : {std::string_view(" href=\""), std::string_view(" src=\"")}) {
    for (size_t at = body.find(attribute); at != std::string_view::npos; at = body.find(attribute, at + 1)) {
      const size_t start = at + attribute.size();
      const size_t end = body.find('"', start);
      if (end == std::string_view::npos) return true;
      const std::string url = Unescaped(body.substr(start, end - start));
      const UrlKind kind = ClassifyUrl(url, site_origin);
      if (kind == UrlKind::kScript || kind == UrlKind::kData) return true;
      if (attribute == " src=\"" && kind != UrlKind::kSameOrigin) return true;
    }
  }
  return false;
}

bool BodyStandsAlone(const tinyxml2::XMLDocument& around) {
  static constexpr std::string_view kContexts[] = {"svg",      "math",      "textarea", "title",   "script",
                                                   "style",    "xmp",       "iframe",   "noembed", "noframes",
                                                   "noscript", "plaintext", "template", "select",  "table"};
  std::vector<std::pair<const tinyxml2::XMLElement*, bool>> stack;
  for (auto* top = around.FirstChildElement(); top; top = top->NextSiblingElement()) stack.push_back({top, false});
  while (!stack.empty()) {
    auto [element, inside] = stack.back();
    stack.pop_back();
    std::string name = element->Name();
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (name == kBodyElement) return !inside;
    inside = inside || std::find(std::begin(kContexts), std::end(kContexts), name) != std::end(kContexts);
    for (auto* child = element->FirstChildElement(); child; child = child->NextSiblingElement())
      stack.push_back({child, inside});
  }
  return true;
}

}  // namespace

void CheckPagePromises(const RenderedPage& page, const tinyxml2::XMLDocument& around, std::string_view site_origin,
                       Diagnostics& diagnostics) {
  const bool has_body = page.body_offset != std::string::npos;
  if (!MisreadByBrowsers(page.html, around).empty() || (has_body && !BodyStandsAlone(around))) {
    return ReportInPage(page, FindBrokenPromises(page.html, site_origin), diagnostics);
  }
  ReportInPage(page, FindBrokenPromises(around, site_origin), diagnostics);
  if (!has_body) return;
  const std::string_view body = std::string_view(page.html).substr(page.body_offset, page.body_size);
  // gumbo, ten times slower than tinyxml2, reads only a body that might break
  // a promise, and places what it finds. A body from cmark's tree (most) is
  // scanned for its addresses; one made from raw HTML (it notes its element
  // lines) is well-formed, as render/html_postprocess prints it, and read by tinyxml2.
  if (page.body_element_lines.empty()) {
    if (!TreeBodyMayBreakPromise(body, site_origin)) return;
  } else {
    tinyxml2::XMLDocument tree(true, tinyxml2::PRESERVE_WHITESPACE);
    if (ParseWhole("<div>" + std::string(body) + "</div>", tree) && MisreadByBrowsers(body, tree).empty() &&
        FindBrokenPromises(tree, site_origin, DataBlocks::kNone).empty())
      return;
  }
  MarkdownPlacer placer(page);
  for (const BrokenPromise& broken : FindBrokenPromises(body, site_origin, DataBlocks::kNone)) {
    if (page.body_markdown.empty()) {
      ReportInPage(page, {broken}, diagnostics);
      continue;
    }
    diagnostics.Error(placer.Place(broken), broken.message, broken.hint);
  }
}

}  // namespace enindgang
