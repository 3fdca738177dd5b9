#include "links/page_text.h"

#include <gumbo.h>

#include <memory>

#include "links/html_bounds.h"
#include "text/fold.h"

namespace enindgang::links {
namespace {

struct GumboDeleter {
  void operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool IsHidden(GumboTag tag) {
  return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_TEMPLATE;
}

const GumboVector* ChildrenOf(const GumboNode& node) {
  if (node.type == GUMBO_NODE_DOCUMENT) return &node.v.document.children;
  if (node.type == GUMBO_NODE_ELEMENT || node.type == GUMBO_NODE_TEMPLATE) return &node.v.element.children;
  return nullptr;
}

// The text under `root`, without hidden elements; iterative, as the tree may be deep.
std::string TextUnder(const GumboNode& root) {
  std::string text;
  std::vector<const GumboNode*> stack = {&root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
      text += node->v.text.text;
      text += ' ';
      continue;
    }
    if (node->type == GUMBO_NODE_ELEMENT && IsHidden(node->v.element.tag)) continue;
    if (const GumboVector* children = ChildrenOf(*node))
      for (unsigned i = children->length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(children->data[i]));
  }
  return CollapseSpace(text);
}

void ReadHead(const GumboNode& head, PageText& page) {
  const GumboVector& children = head.v.element.children;
  for (unsigned i = 0; i < children.length && page.title.empty(); ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_TITLE) page.title = TextUnder(*child);
  }
}

void ReadElement(const GumboNode& node, PageText& page) {
  const GumboElement& element = node.v.element;
  if (element.tag == GUMBO_TAG_H1 && page.first_h1.empty()) page.first_h1 = TextUnder(node);
  if (element.tag == GUMBO_TAG_A) {
    if (const GumboAttribute* href = gumbo_get_attribute(&element.attributes, "href"))
      page.links.push_back({href->value, TextUnder(node)});
  }
}

}  // namespace

std::string CollapseSpace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    // Control characters count as space: a page's title is printed on the
    // user's terminal, and an ESC (or a C1 control, U+0080–U+009F) in it
    // would reach the terminal as a command.
    const bool c1 = c == 0xC2 && i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xE0) == 0x80;
    if (IsSpace(text[i]) || c < 0x20 || c == 0x7F || c1) {
      if (c1) ++i;
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += text[i];
  }
  return out;
}

PageText ReadPageText(std::string_view html) {
  const std::string_view bounded = BoundedHtml(html);
  std::unique_ptr<GumboOutput, GumboDeleter> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, bounded.data(), bounded.size()));
  PageText page;
  std::string text;
  std::vector<const GumboNode*> stack = {output->document};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
      text += node->v.text.text;
      text += ' ';
      continue;
    }
    if (node->type == GUMBO_NODE_ELEMENT) {
      if (IsHidden(node->v.element.tag)) continue;
      if (node->v.element.tag == GUMBO_TAG_HEAD) {
        ReadHead(*node, page);  // the head shows no text but its title
        continue;
      }
      ReadElement(*node, page);
    }
    if (const GumboVector* children = ChildrenOf(*node))
      for (unsigned i = children->length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(children->data[i]));
  }
  page.text = CollapseSpace(text);
  return page;
}

std::string VisibleText(const std::string& html) {
  const PageText page = ReadPageText(html);
  return page.title.empty() ? page.text : page.title + " " + page.text;
}

bool MentionsChildren(const std::string& html) {
  std::string folded = text::FoldForSearch(VisibleText(html));
  std::string_view rest = folded;
  while (!rest.empty()) {
    size_t end = rest.find(' ');
    std::string_view word = rest.substr(0, end);
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
    // "Bornholm" folds to a word starting with "born", and is a municipality.
    if (word.starts_with("bornholm")) continue;
    if (word.starts_with("born") || word.starts_with("barn") || word.starts_with("ung")) return true;
  }
  return false;
}

}  // namespace enindgang::links
