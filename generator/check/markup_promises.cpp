#include "check/markup_promises.h"

#include <gumbo.h>
#include <tinyxml2.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "check/resource_url.h"
#include "render/content_policy.h"
#include "render/raw_html_rules.h"

namespace enindgang {
namespace {

void Lowercase(std::string& s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

std::string Lower(std::string_view s) {
  std::string out(s);
  Lowercase(out);
  return out;
}

std::string TagName(const GumboElement& element) {
  if (element.tag != GUMBO_TAG_UNKNOWN) return Lower(gumbo_normalized_tagname(element.tag));
  GumboStringPiece original = element.original_tag;
  gumbo_tag_from_original_text(&original);
  return Lower(std::string_view(original.data, original.length));
}

std::string AttributeName(std::string_view raw) {
  std::string name = Lower(raw);
  if (name.starts_with("xlink:")) name.erase(0, 6);  // gumbo keeps the prefix on a few elements
  return name;
}

bool HasToken(std::string_view list, std::string_view token) {
  const std::string lower = Lower(list);
  size_t i = 0;
  while (i < lower.size()) {
    while (i < lower.size() && std::isspace(static_cast<unsigned char>(lower[i]))) ++i;
    size_t start = i;
    while (i < lower.size() && !std::isspace(static_cast<unsigned char>(lower[i]))) ++i;
    if (std::string_view(lower).substr(start, i - start) == token) return true;
  }
  return false;
}

// Link types that only name a page (the browser fetches nothing for them).
bool OnlyNamesPages(std::string_view rel) {
  static constexpr std::string_view kNaming[] = {"alternate", "canonical", "author",   "license", "help",
                                                 "next",      "prev",      "bookmark", "me",      "search"};
  const std::string lower = Lower(rel);
  size_t i = 0;
  bool any = false;
  while (i < lower.size()) {
    while (i < lower.size() && std::isspace(static_cast<unsigned char>(lower[i]))) ++i;
    size_t start = i;
    while (i < lower.size() && !std::isspace(static_cast<unsigned char>(lower[i]))) ++i;
    std::string_view token = std::string_view(lower).substr(start, i - start);
    if (token.empty()) continue;
    if (std::find(std::begin(kNaming), std::end(kNaming), token) == std::end(kNaming)) return false;
    any = true;
  }
  return any;
}

std::string Quoted(std::string_view value) {
  constexpr size_t kShown = 60;
  std::string shown(value.substr(0, kShown));
  if (value.size() > kShown) shown += "…";
  return "\"" + shown + "\"";
}

bool IsAddressAttribute(std::string_view name) {
  static constexpr std::string_view kAddresses[] = {"href",   "src",        "action",  "formaction", "data",
                                                    "poster", "background", "cite",    "longdesc",   "lowsrc",
                                                    "dynsrc", "codebase",   "classid", "usemap",     "manifest",
                                                    "icon",   "ping",       "srcset",  "imagesrcset"};
  return std::find(std::begin(kAddresses), std::end(kAddresses), name) != std::end(kAddresses);
}

// One element as the rules see it, from either parser.
struct Attr {
  std::string name;  // lowercased, without an "xlink:" prefix
  std::string_view value;
  size_t offset;
};

struct ElementView {
  std::string tag;  // lowercased
  size_t offset = 0;
  std::vector<Attr> attributes;
  bool has_text = false;  // a text child (code, for a script)
  bool in_head = false;   // a child of <head>

  const Attr* Find(std::string_view name) const {
    for (const Attr& a : attributes)
      if (a.name == name) return &a;  // the first, as browsers read a repeated attribute
    return nullptr;
  }
};

class PromiseWalk {
 public:
  PromiseWalk(std::string_view site_origin, DataBlocks data_blocks) : origin_(site_origin), data_blocks_(data_blocks) {}

  void Element(const ElementView& element, int line) {
    line_ = line;
    const std::string& tag = element.tag;
    const size_t at = element.offset;
    if (tag == "script") Script(element, at);
    if (tag == "style") Add(at, "<style", "<style> writes styles into the page", StyleHint());
    // A refused frame or plug-in is one message, not one more for its address.
    embedded_refused_ = (tag == "iframe" || tag == "frame" || tag == "object" || tag == "embed" || tag == "applet" ||
                         tag == "portal") &&
                        Embedded(tag, at);
    if (tag == "meta") Refresh(element, at);
    if (tag == "base" && element.Find("href")) {
      Add(at, "<base", "<base href> changes where every address of the page points",
          "remove it (the site's Content-Security-Policy says base-uri " + Spelled("base-uri") + ")");
    }
    if ((tag == "set" || tag.starts_with("animate")) && AnimatesAddress(element)) {
      Add(at, "<" + tag, "<" + tag + "> changes an address while the page runs", "remove the animation");
    }
    for (const Attr& attribute : element.attributes) Attribute(element, attribute);
  }

  std::vector<BrokenPromise> Take() { return std::move(found_); }

 private:
  static std::string Spelled(std::string_view directive) {
    switch (AllowedSources(directive)) {
      case Sources::kNone:
        return "'none'";
      case Sources::kSelf:
        return "'self'";
      case Sources::kAny:
        return "*";
    }
    return "";
  }

  static std::string StyleHint() {
    return "use a class and the theme's style.css (the site's Content-Security-Policy says style-src " +
           Spelled("style-src") + ", without 'unsafe-inline')";
  }

  // A data block is never run; a script of any other type may be.
  static std::string DataBlockType(const ElementView& element) {
    const Attr* type = element.Find("type");
    if (!type) return "";
    const std::string value = Lower(type->value);
    return value == "application/json" || value == "application/ld+json" ? value : "";
  }

  void Script(const ElementView& element, size_t at) {
    if (element.Find("src") || element.Find("href") || !element.has_text) return;
    const std::string data = DataBlockType(element);
    if (data.empty()) {
      return Add(at, "<script", "<script> with code written into the page",
                 "the site runs only its own script files: put the code in the theme's assets/ and load it with "
                 "<script src=\"{{assets.name_js}}\"> (script-src " +
                     Spelled("script-src") + ", without 'unsafe-inline')");
    }
    // Data is not code, but what a search engine reads of a page must be the
    // theme's, made from the data files, not a page's own claims.
    if (data_blocks_ == DataBlocks::kNone) {
      return Add(at, "<script", "<script type=\"" + data + "\"> writes data into a page's content",
                 "remove it: a page's data (the JSON-LD of a local page) comes from municipalities.csv through the "
                 "theme's templates");
    }
    if (data == "application/ld+json" && data_blocks_ == DataBlocks::kTheme && !element.in_head) {
      Add(at, "<script", "<script type=\"application/ld+json\"> outside <head>",
          "write the JSON-LD in <head>, as base.mustache does with {{{json_ld}}}");
    }
  }

  bool Embedded(const std::string& tag, size_t at) {
    const std::string directive = tag == "iframe" || tag == "frame" || tag == "portal" ? "frame-src" : "object-src";
    if (AllowedSources(directive) != Sources::kNone) return false;  // then only its address is checked
    Add(at, "<" + tag, "<" + tag + "> embeds another document or plug-in in the page",
        "link to it instead (the site's Content-Security-Policy allows none: " + directive +
            " falls back to "
            "default-src " +
            Spelled("default-src") + ")");
    return true;
  }

  void Refresh(const ElementView& element, size_t at) {
    const Attr* equiv = element.Find("http-equiv");
    const Attr* content = element.Find("content");
    if (!equiv || !content || Lower(equiv->value) != "refresh") return;
    auto url = RefreshUrl(content->value);
    if (!url || ClassifyUrl(*url, origin_) == UrlKind::kSameOrigin) return;
    Add(at, std::string(*url), "<meta http-equiv=\"refresh\"> sends the reader on to " + Quoted(*url) + " by itself",
        "an automatic refresh may only lead to a page of this site; link to the other address instead");
  }

  static bool AnimatesAddress(const ElementView& element) {
    const Attr* name = element.Find("attributename");
    return name && Lower(name->value).ends_with("href");
  }

  // The fetch directive that governs an attribute's address, "" if it is a
  // navigation (a link) or not an address at all.
  static std::string DirectiveOf(const ElementView& element, const std::string& name) {
    const std::string& tag = element.tag;
    if (name == "srcset" || name == "imagesrcset" || name == "background" || name == "poster" || name == "lowsrc" ||
        name == "dynsrc")
      return "img-src";
    if (name == "action" || name == "formaction") return "form-action";
    if (name == "ping") return "connect-src";
    if (name == "src") {
      if (tag == "script") return "script-src";
      if (tag == "iframe" || tag == "frame" || tag == "portal") return "frame-src";
      if (tag == "embed") return "object-src";
      if (tag == "video" || tag == "audio" || tag == "source" || tag == "track") return "media-src";
      return "img-src";  // img, input type=image, <image> (an img in HTML), anything else that loads a picture
    }
    if (name == "data" && tag == "object") return "object-src";
    if (name == "href") {
      if (tag == "script") return "script-src";  // SVG's <script href>
      if (tag == "image" || tag == "feimage" || tag == "use") return "img-src";
      if (tag == "link") {
        const Attr* rel = element.Find("rel");
        if (rel && HasToken(rel->value, "stylesheet")) return "style-src";
        if (rel && OnlyNamesPages(rel->value)) return "";
        if (rel && (HasToken(rel->value, "icon") || HasToken(rel->value, "apple-touch-icon"))) return "img-src";
        return "default-src";  // preload, prefetch, preconnect, manifest …: each fetches
      }
    }
    return "";
  }

  void Attribute(const ElementView& element, const Attr& attribute) {
    const std::string& name = attribute.name;
    const size_t at = attribute.offset;
    if (name.starts_with("on")) {
      Add(at, name, "event-handler attribute " + name + " would run code written into the page",
          "remove it; the site's scripts are files in the theme's assets/ (script-src " + Spelled("script-src") +
              ", without 'unsafe-inline')");
      return;
    }
    if (name == "style") return Add(at, "style=", "style attribute writes styles into the page", StyleHint());
    if (name == "srcdoc") return Add(at, name, "srcdoc writes a whole document into the page", "remove it");
    if (!IsAddressAttribute(name)) return;
    const std::string_view value = attribute.value;
    const std::string directive = DirectiveOf(element, name);
    if (name == "srcset" || name == "imagesrcset") {
      for (std::string_view url : SrcsetUrls(value)) Address(element.tag, name, directive, url, at);
    } else if (name == "ping") {
      for (std::string_view url : SplitSpaces(value)) Address(element.tag, name, directive, url, at);
    } else {
      Address(element.tag, name, directive, value, at);
    }
  }

  static std::vector<std::string_view> SplitSpaces(std::string_view value) {
    std::vector<std::string_view> parts;
    size_t i = 0;
    while (i < value.size()) {
      while (i < value.size() && std::isspace(static_cast<unsigned char>(value[i]))) ++i;
      size_t start = i;
      while (i < value.size() && !std::isspace(static_cast<unsigned char>(value[i]))) ++i;
      if (i > start) parts.push_back(value.substr(start, i - start));
    }
    return parts;
  }

  void Address(const std::string& tag, const std::string& name, const std::string& directive, std::string_view url,
               size_t at) {
    const UrlKind kind = ClassifyUrl(url, origin_);
    auto where = [&] { return "<" + tag + " " + name + "=" + Quoted(url) + ">"; };
    if (kind == UrlKind::kScript) {
      return Add(
          at, std::string(url), where() + " runs code written into the address",
          "link to a page or an https: address (script-src " + Spelled("script-src") + ", without 'unsafe-inline')");
    }
    if (kind == UrlKind::kData && directive.empty()) {
      return Add(at, std::string(url), where() + " opens a document written into the address (data:)",
                 "link to a file of the site or an https: address");
    }
    if (directive.empty() || embedded_refused_) return;
    const Sources allowed = AllowedSources(directive);
    if (allowed == Sources::kAny || (allowed == Sources::kSelf && kind == UrlKind::kSameOrigin)) return;
    const std::string what = kind == UrlKind::kData      ? " loads a file written into the address (data:)"
                             : allowed == Sources::kNone ? " loads from outside the page, which the site never does"
                                                         : " loads from another site";
    Add(at, std::string(url), where() + what,
        "use a file of this site, e.g. beside the page (the site's Content-Security-Policy says " + directive + " " +
            Spelled(directive) + ")");
  }

  void Add(size_t offset, std::string needle, std::string message, std::string hint) {
    found_.push_back({offset, line_, std::move(needle), std::move(message), std::move(hint)});
  }

  std::string origin_;
  DataBlocks data_blocks_;
  int line_ = 0;
  bool embedded_refused_ = false;
  std::vector<BrokenPromise> found_;
};

struct GumboDeleter {
  void operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

ElementView ViewOf(const GumboNode& node) {
  const GumboElement& element = node.v.element;
  ElementView view;
  view.in_head = node.parent && node.parent->type == GUMBO_NODE_ELEMENT && node.parent->v.element.tag == GUMBO_TAG_HEAD;
  view.tag = TagName(element);
  view.offset = element.start_pos.offset;
  for (unsigned i = 0; i < element.attributes.length; ++i) {
    const auto& attribute = *static_cast<const GumboAttribute*>(element.attributes.data[i]);
    view.attributes.push_back({AttributeName(attribute.name), attribute.value, attribute.name_start.offset});
  }
  for (unsigned i = 0; i < element.children.length && !view.has_text; ++i)
    view.has_text = static_cast<const GumboNode*>(element.children.data[i])->type == GUMBO_NODE_TEXT;
  return view;
}

// Fills `view` in place: pages have many elements, and the view's buffers are reused.
void Fill(ElementView& view, const tinyxml2::XMLElement& element) {
  view.tag = element.Name();
  Lowercase(view.tag);
  view.attributes.clear();
  for (auto* a = element.FirstAttribute(); a; a = a->Next())
    view.attributes.push_back({AttributeName(a->Name()), a->Value(), 0});
  const tinyxml2::XMLElement* parent = element.Parent() ? element.Parent()->ToElement() : nullptr;
  view.in_head = parent && Lower(parent->Name()) == "head";
  view.has_text = false;
  for (auto* child = element.FirstChild(); child && !view.has_text; child = child->NextSibling())
    view.has_text = child->ToText() != nullptr;
}

}  // namespace

std::vector<BrokenPromise> FindBrokenPromises(std::string_view html, std::string_view site_origin,
                                              DataBlocks data_blocks) {
  std::unique_ptr<GumboOutput, GumboDeleter> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  PromiseWalk walk(site_origin, data_blocks);
  std::vector<const GumboNode*> stack = {output->document};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    const GumboVector* children = nullptr;
    if (node->type == GUMBO_NODE_DOCUMENT) {
      children = &node->v.document.children;
    } else if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
      walk.Element(ViewOf(*node), static_cast<int>(node->v.element.start_pos.line));
      children = &node->v.element.children;
    }
    if (!children) continue;
    for (unsigned i = children->length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(children->data[i]));
  }
  auto found = walk.Take();
  // Elements the parser made up (an implied <html>) sit at offset 0; document order is by offset.
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.offset < b.offset; });
  return found;
}

std::vector<BrokenPromise> FindBrokenPromises(const tinyxml2::XMLDocument& document, std::string_view site_origin,
                                              DataBlocks data_blocks) {
  PromiseWalk walk(site_origin, data_blocks);
  ElementView view;
  std::vector<const tinyxml2::XMLElement*> stack;
  // Every element at the top, not only the first: tinyxml2 accepts more than one.
  for (auto* top = document.LastChildElement(); top; top = top->PreviousSiblingElement()) stack.push_back(top);
  while (!stack.empty()) {
    const tinyxml2::XMLElement* element = stack.back();
    stack.pop_back();
    Fill(view, *element);
    walk.Element(view, element->GetLineNum());
    for (auto* child = element->LastChildElement(); child; child = child->PreviousSiblingElement())
      stack.push_back(child);
  }
  return walk.Take();
}

// An HTML character reference that XML does not know ("&colon;"), which a
// browser would turn into a character that changes what an address is.
static bool HasHtmlOnlyReference(std::string_view value) {
  for (size_t at = value.find('&'); at != std::string_view::npos; at = value.find('&', at + 1))
    if (at + 1 < value.size() && std::isalpha(static_cast<unsigned char>(value[at + 1]))) return true;
  return false;
}

// <!DOCTYPE html>, which both read alike.
static bool IsHtmlDoctype(const tinyxml2::XMLNode& node) {
  if (!node.ToUnknown() || node.Parent() != node.GetDocument()) return false;
  return Lower(node.Value()) == "doctype html";
}

std::string MisreadByBrowsers(std::string_view html, const tinyxml2::XMLDocument& document) {
  if (html.find('\0') != std::string_view::npos) return "a NUL byte";
  std::vector<const tinyxml2::XMLNode*> stack;
  for (auto* top = document.LastChild(); top; top = top->PreviousSibling()) stack.push_back(top);
  while (!stack.empty()) {
    const tinyxml2::XMLNode* node = stack.back();
    stack.pop_back();
    if (ReadDifferentlyByBrowsers(*node) && !IsHtmlDoctype(*node))
      return "a comment, <![CDATA[, <? or <! that browsers read otherwise than an XML parser";
    if (const auto* element = node->ToElement()) {
      for (auto* a = element->FirstAttribute(); a; a = a->Next()) {
        std::string_view value = a->Value();
        if (value.find('&') == std::string_view::npos) continue;
        const std::string name = AttributeName(a->Name());
        if (IsAddressAttribute(name)) value = value.substr(0, value.find_first_of("?#"));
        else if (name != "content") continue;
        if (HasHtmlOnlyReference(value))
          return "an HTML character reference (&name;) in the address " + Quoted(a->Value());
      }
    }
    for (auto* child = node->LastChild(); child; child = child->PreviousSibling()) stack.push_back(child);
  }
  return "";
}

}  // namespace enindgang
