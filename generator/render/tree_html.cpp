#include "render/tree_html.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstring>
#include <string_view>
#include <vector>

#include "render/body_rules.h"
#include "render/cmark_nodes.h"
#include "render/html_escape.h"
#include "render/spaced_numbers.h"

namespace enindgang {
namespace {

bool IsXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

// cmark_isspace: the white space that ends the first word of a code block's info string.
bool IsCmarkSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsAll(std::string_view text, bool (*predicate)(char)) {
  for (char c : text)
    if (!predicate(c)) return false;
  return true;
}

// Writes the body the way cmark's HTML renderer does, as tinyxml2 then
// reads and prints it in PostProcessHtml: text between two tags is one text
// node, and a text node of white space alone is dropped.
class TreeWriter {
 public:
  TreeWriter(const PostProcessContext& context, Diagnostics& diagnostics)
      : context_(context), diagnostics_(diagnostics), rules_(context, rule_diagnostics_) {}

  ProcessedHtml Write(cmark_node* root) {
    cmark_iter* iter = cmark_iter_new(root);
    for (cmark_event_type event; !too_deep_at_ && (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
      cmark_node* node = cmark_iter_get_node(iter);
      if (event == CMARK_EVENT_ENTER) {
        Enter(node);
        // An image's children are its alt text, written into the tag.
        if (cmark_node_get_type(node) == CMARK_NODE_IMAGE) cmark_iter_reset(iter, node, CMARK_EVENT_EXIT);
      } else {
        Exit(node);
      }
    }
    cmark_iter_free(iter);
    FlushText();
    // A body nested too deep is refused whole, with no other message, as PostProcessHtml refuses it.
    if (too_deep_at_) {
      ReportTooDeep(rules_.PositionOf({TopLevelLine(too_deep_at_), 0}, ""), diagnostics_);
      return {};
    }
    diagnostics_.Merge(rule_diagnostics_);
    ProcessedHtml result;
    result.html = std::move(html_);
    result.plain_text = std::move(plain_);
    result.headings = rules_.TakeHeadings();
    return result;
  }

 private:
  // What a heading or link collects of its text while its children are written.
  struct Collector {
    std::string text;
    size_t html_at;  // where a heading's start tag goes once its id is known
  };

  void Enter(cmark_node* node) {
    current_ = node;
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_DOCUMENT:
        break;
      case CMARK_NODE_BLOCK_QUOTE:
        Cr();
        Tag("<blockquote>");
        Chars("\n");
        break;
      case CMARK_NODE_LIST:
        Cr();
        Tag(ListStartTag(node));
        Chars("\n");
        break;
      case CMARK_NODE_ITEM:
        Cr();
        Tag("<li>");
        break;
      case CMARK_NODE_HEADING:
        Cr();
        Tag("");
        Open(node);
        collectors_.push_back({"", html_.size()});
        break;
      case CMARK_NODE_CODE_BLOCK:
        WriteCodeBlock(node);
        break;
      case CMARK_NODE_HTML_BLOCK:
        Cr();
        Tag("");
        Cr();
        break;  // left out, like cmark's placeholder comment
      case CMARK_NODE_THEMATIC_BREAK:
        Cr();
        Tag("<hr/>");
        Chars("\n");
        break;
      case CMARK_NODE_PARAGRAPH:
        if (!InTightList(node)) {
          Cr();
          Tag("<p>");
        }
        break;
      case CMARK_NODE_TEXT:
        Chars(cmark_node_get_literal(node));
        break;
      case CMARK_NODE_LINEBREAK:
        Tag("<br/>");
        Chars("\n");
        break;
      case CMARK_NODE_SOFTBREAK:
        Chars("\n");
        break;
      case CMARK_NODE_CODE:
        Tag("<code>");
        Chars(cmark_node_get_literal(node));
        Tag("</code>");
        break;
      case CMARK_NODE_HTML_INLINE:
        Tag("");
        break;
      case CMARK_NODE_STRONG:
        Tag("<strong>");
        break;
      case CMARK_NODE_EMPH:
        Tag("<em>");
        break;
      case CMARK_NODE_LINK:
        EnterLink(node);
        break;
      case CMARK_NODE_IMAGE:
        WriteImage(node);
        break;
      default:
        EnterExtension(node);
        break;
    }
  }

  void Exit(cmark_node* node) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_BLOCK_QUOTE:
        Cr();
        Tag("</blockquote>", "\n");
        Chars("\n");
        break;
      case CMARK_NODE_LIST:
        Tag(cmark_node_get_list_type(node) == CMARK_BULLET_LIST ? "</ul>" : "</ol>");
        Chars("\n");
        break;
      case CMARK_NODE_ITEM:
        Tag("</li>", "\n");
        Chars("\n");
        break;
      case CMARK_NODE_HEADING:
        ExitHeading(node);
        break;
      case CMARK_NODE_PARAGRAPH:
        if (!InTightList(node)) {
          Tag("</p>", "\n");
          Chars("\n");
        }
        break;
      case CMARK_NODE_STRONG:
        Tag("</strong>");
        break;
      case CMARK_NODE_EMPH:
        Tag("</em>");
        break;
      case CMARK_NODE_LINK:
        ExitLink(node);
        break;
      case CMARK_NODE_DOCUMENT:
      case CMARK_NODE_IMAGE:
        break;
      default:
        ExitExtension(node);
        break;
    }
  }

  static std::string ListStartTag(cmark_node* list) {
    if (cmark_node_get_list_type(list) == CMARK_BULLET_LIST) return "<ul>";
    const int start = cmark_node_get_list_start(list);
    return start == 1 ? "<ol>" : "<ol start=\"" + std::to_string(start) + "\">";
  }

  void WriteCodeBlock(cmark_node* node) {
    Cr();
    std::string_view info = cmark_node_get_fence_info(node);
    if (info.empty()) {
      Tag("<pre>");
      Tag("<code>");
    } else {
      std::string tag = "<code class=\"language-";
      AppendEscapedAttribute(tag, info.substr(0, std::find_if(info.begin(), info.end(), IsCmarkSpace) - info.begin()));
      Tag("<pre>");
      Tag(tag + "\">");
    }
    Chars(cmark_node_get_literal(node));
    Tag("</code>");
    Tag("</pre>", "\n");
    Chars("\n");
  }

  void ExitHeading(cmark_node* node) {
    FlushText();
    Collector heading = std::move(collectors_.back());
    collectors_.pop_back();
    const int level = cmark_node_get_heading_level(node);
    std::string start = "<h" + std::to_string(level) + " id=\"";
    AppendEscapedAttribute(start, rules_.Heading(level, heading.text, LinesAround(node)));
    html_.insert(heading.html_at, start + "\">");
    Tag("</h" + std::to_string(level) + ">", "\n");
    Chars("\n");
  }

  void EnterLink(cmark_node* node) {
    Tag("");
    Open(node);
    collectors_.push_back({"", html_.size()});
  }

  void ExitLink(cmark_node* node) {
    FlushText();
    Collector link = std::move(collectors_.back());
    collectors_.pop_back();
    auto target = rules_.Link(PercentEncodeAddress(cmark_node_get_url(node)), link.text, LinesAround(node));
    std::string start = "<a href=\"";
    AppendEscapedAttribute(start, target.href);
    AppendTitle(start, node);
    if (target.external) start += "\" class=\"external\" rel=\"external noreferrer";
    html_.insert(link.html_at, start + "\">");
    if (target.external && !context_.external_label.empty()) {
      AddedTag("<span class=\"visually-hidden\">");
      collecting_ = false;  // the label is not part of any heading's or link's text
      Chars(" " + context_.external_label);
      FlushText();
      collecting_ = true;
      AddedTag("</span>");
    }
    Tag("</a>");
  }

  void WriteImage(cmark_node* node) {
    const std::string alt = AltText(node);
    const std::string src = rules_.Image(PercentEncodeAddress(cmark_node_get_url(node)), alt, LinesAround(node));
    std::string tag = "<img src=\"";
    AppendEscapedAttribute(tag, src);
    tag += "\" alt=\"";
    AppendEscapedAttribute(tag, alt);
    AppendTitle(tag, node);
    Tag(tag + "\"/>");
  }

  static void AppendTitle(std::string& tag, cmark_node* node) {
    std::string_view title = cmark_node_get_title(node);
    if (title.empty()) return;
    tag += "\" title=\"";
    AppendEscapedAttribute(tag, title);
  }

  // GFM tables and strikethrough, as cmark-gfm's extensions write them, with
  // alignment as classes (the CSP forbids style attributes) and header cells scoped.
  void EnterExtension(cmark_node* node) {
    if (HasType(node, "table")) {
      Cr();
      Tag("<table>");
      table_body_open_ = false;
    } else if (IsTableRow(node)) {
      Cr();
      if (cmark_gfm_extensions_get_table_row_is_header(node)) {
        Tag("<thead>");
        Cr();
      } else if (!table_body_open_) {
        Tag("<tbody>");
        Cr();
        table_body_open_ = true;
      }
      Tag("<tr>");
    } else if (HasType(node, "table_cell")) {
      Cr();
      Tag(CellStartTag(node));
    } else if (HasType(node, "strikethrough")) {
      Tag("<del>");
    }
  }

  void ExitExtension(cmark_node* node) {
    if (HasType(node, "table")) {
      if (table_body_open_) {
        Cr();
        Tag("</tbody>");
        Cr();
      }
      table_body_open_ = false;
      Cr();
      Tag("</table>");
      Cr();
    } else if (IsTableRow(node)) {
      Cr();
      Tag("</tr>", "\n");
      if (cmark_gfm_extensions_get_table_row_is_header(node)) {
        Cr();
        Tag("</thead>");
      }
    } else if (HasType(node, "table_cell")) {
      Tag(IsHeaderCell(node) ? "</th>" : "</td>", "\n");
    } else if (HasType(node, "strikethrough")) {
      Tag("</del>");
    }
  }

  static bool IsHeaderCell(cmark_node* cell) {
    return cmark_gfm_extensions_get_table_row_is_header(cmark_node_parent(cell));
  }

  static std::string CellStartTag(cmark_node* cell) {
    const bool header = IsHeaderCell(cell);
    std::string tag = header ? "<th" : "<td";
    int column = 0;
    for (cmark_node* before = cmark_node_previous(cell); before; before = cmark_node_previous(before)) ++column;
    cmark_node* table = cmark_node_parent(cmark_node_parent(cell));
    const uint8_t* alignments = cmark_gfm_extensions_get_table_alignments(table);
    if (alignments && column < cmark_gfm_extensions_get_table_columns(table)) {
      switch (alignments[column]) {
        case 'l':
          tag += " class=\"align-left\"";
          break;
        case 'c':
          tag += " class=\"align-center\"";
          break;
        case 'r':
          tag += " class=\"align-right\"";
          break;
      }
    }
    if (header) tag += " scope=\"col\"";
    return tag + ">";
  }

  // cmark starts a block on a new line unless the output already ends with one.
  void Cr() {
    if (last_ != '\0' && last_ != '\n') Chars("\n");
  }

  void Chars(std::string_view text) {
    if (text.empty()) return;
    text_ += text;
    last_ = text.back();
  }

  // Ends the text before it (a tag, or raw HTML left out, when `tag` is
  // empty) and writes it; `plain` follows it in the plain text.
  void Tag(std::string_view tag, std::string_view plain = {}) {
    FlushText();
    if (tag.starts_with("</")) --depth_;
    else if (!tag.empty() && !tag.ends_with("/>")) Open(current_);
    html_ += tag;
    plain_ += plain;
    last_ = '>';
  }

  // An element PostProcessHtml adds after parsing, so it is not counted in the nesting.
  void AddedTag(std::string_view tag) {
    FlushText();
    html_ += tag;
    last_ = '>';
  }

  // One more element open, inside `node`'s top-level block.
  void Open(cmark_node* node) {
    if (++depth_ >= kMaxBodyNesting && !too_deep_at_) too_deep_at_ = node;
  }

  void FlushText() {
    if (text_.empty()) return;
    if (!IsAll(text_, IsXmlSpace)) {
      plain_ += text_;
      if (collecting_)
        for (auto& collector : collectors_) collector.text += text_;
      if (context_.right_to_left) {
        for (const TextPiece& piece : SplitSpacedNumbers(text_)) {
          if (piece.spaced_number) html_ += "<span dir=\"ltr\">";
          AppendEscapedText(html_, piece.text);
          if (piece.spaced_number) html_ += "</span>";
        }
      } else {
        AppendEscapedText(html_, text_);
      }
    }
    text_.clear();
  }

  const PostProcessContext& context_;
  Diagnostics& diagnostics_;
  Diagnostics rule_diagnostics_;  // kept back until the body is known not to be nested too deep
  BodyRules rules_;
  int depth_ = 0;                      // elements open
  cmark_node* current_ = nullptr;      // the node being written
  cmark_node* too_deep_at_ = nullptr;  // the first node nested deeper than kMaxBodyNesting
  std::string html_, plain_;
  std::string text_;  // text since the last tag, not yet written
  char last_ = '\0';  // the last character cmark's renderer would have written
  std::vector<Collector> collectors_;
  bool collecting_ = true;
  bool table_body_open_ = false;
};

}  // namespace

ProcessedHtml RenderTreeHtml(const MarkdownTree& tree, const PostProcessContext& context, Diagnostics& diagnostics) {
  return TreeWriter(context, diagnostics).Write(tree.root());
}

}  // namespace enindgang
