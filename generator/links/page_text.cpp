#include "links/page_text.h"

#include <gumbo.h>

#include <string_view>

#include "text/fold.h"

namespace enindgang::links {
namespace {

void CollectText(const GumboNode* node, std::string& out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
    out += node->v.text.text;
    out += ' ';
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
  const GumboVector* children = node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children : &node->v.element.children;
  if (node->type == GUMBO_NODE_ELEMENT) {
    GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE) return;
  }
  for (unsigned i = 0; i < children->length; ++i) CollectText(static_cast<const GumboNode*>(children->data[i]), out);
}

}  // namespace

std::string VisibleText(const std::string& html) {
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::string text;
  CollectText(output->document, text);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return text;
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
