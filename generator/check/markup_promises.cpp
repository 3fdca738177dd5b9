#include "check/markup_promises.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "check/resource_url.h"
#include "render/content_policy.h"

namespace enindgang {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string TagName(const GumboElement& element) {
  if (element.tag != GUMBO_TAG_UNKNOWN) return Lower(gumbo_normalized_tagname(element.tag));
  GumboStringPiece original = element.original_tag;
  gumbo_tag_from_original_text(&original);
  return Lower(std::string_view(original.data, original.length));
}

std::string AttributeName(const GumboAttribute& attribute) {
  std::string name = Lower(attribute.name);
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
  static constexpr std::string_view kNaming[] = {"alternate", "canonical", "author", "license", "help",
                                                 "next",      "prev",      "bookmark", "me",    "search"};
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

class PromiseWalk {
 public:
  explicit PromiseWalk(std::string_view site_origin) : origin_(site_origin) {}

  void Element(const GumboElement& element) {
    const std::string tag = TagName(element);
    const size_t at = element.start_pos.offset;
    const GumboAttribute* src = gumbo_get_attribute(&element.attributes, "src");
    if (tag == "script") Script(element, src, at);
    if (tag == "style") {
      Add(at, "<style", "<style> writes styles into the page",
          StyleHint());
    }
    // A refused frame or plug-in is one message, not one more for its address.
    embedded_refused_ = (tag == "iframe" || tag == "frame" || tag == "object" || tag == "embed" || tag == "applet" ||
                         tag == "portal") && Embedded(tag, at);
    if (tag == "meta") Refresh(element, at);
    if (tag == "base" && gumbo_get_attribute(&element.attributes, "href")) {
      Add(at, "<base", "<base href> changes where every address of the page points",
          "remove it (the site's Content-Security-Policy says base-uri " + Spelled("base-uri") + ")");
    }
    if ((tag == "set" || tag.starts_with("animate")) && AnimatesAddress(element)) {
      Add(at, "<" + tag, "<" + tag + "> changes an address while the page runs", "remove the animation");
    }
    for (unsigned i = 0; i < element.attributes.length; ++i) {
      Attribute(tag, element, *static_cast<const GumboAttribute*>(element.attributes.data[i]));
    }
  }

 private:
  static std::string Spelled(std::string_view directive) {
    switch (AllowedSources(directive)) {
      case Sources::kNone: return "'none'";
      case Sources::kSelf: return "'self'";
      case Sources::kAny: return "*";
    }
    return "";
  }

  static std::string StyleHint() {
    return "use a class and the theme's style.css (the site's Content-Security-Policy says style-src " +
           Spelled("style-src") + ", without 'unsafe-inline')";
  }

  // A data block (the lookup's strings as JSON) is never run; any other type may be.
  static bool IsDataBlock(const GumboElement& element) {
    const GumboAttribute* type = gumbo_get_attribute(&element.attributes, "type");
    if (!type) return false;
    const std::string value = Lower(type->value);
    return value == "application/json" || value == "application/ld+json";
  }

  void Script(const GumboElement& element, const GumboAttribute* src, size_t at) {
    if (!src && !IsDataBlock(element)) {
      for (unsigned i = 0; i < element.children.length; ++i) {
        auto* child = static_cast<const GumboNode*>(element.children.data[i]);
        if (child->type != GUMBO_NODE_TEXT) continue;
        Add(at, "<script", "<script> with code written into the page",
            "the site runs only its own script files: put the code in the theme's assets/ and load it with "
            "<script src=\"{{assets.name_js}}\"> (script-src " + Spelled("script-src") + ", without 'unsafe-inline')");
        return;
      }
    }
  }

  bool Embedded(const std::string& tag, size_t at) {
    const std::string directive = tag == "iframe" || tag == "frame" || tag == "portal" ? "frame-src" : "object-src";
    if (AllowedSources(directive) != Sources::kNone) return false;  // then only its address is checked
    Add(at, "<" + tag, "<" + tag + "> embeds another document or plug-in in the page",
        "link to it instead (the site's Content-Security-Policy allows none: " + directive + " falls back to "
        "default-src " + Spelled("default-src") + ")");
    return true;
  }

  void Refresh(const GumboElement& element, size_t at) {
    const GumboAttribute* equiv = gumbo_get_attribute(&element.attributes, "http-equiv");
    const GumboAttribute* content = gumbo_get_attribute(&element.attributes, "content");
    if (!equiv || !content || Lower(equiv->value) != "refresh") return;
    auto url = RefreshUrl(content->value);
    if (!url || ClassifyUrl(*url, origin_) == UrlKind::kSameOrigin) return;
    Add(at, std::string(*url), "<meta http-equiv=\"refresh\"> sends the reader on to " + Quoted(*url) +
        " by itself", "an automatic refresh may only lead to a page of this site; link to the other address instead");
  }

  static bool AnimatesAddress(const GumboElement& element) {
    const GumboAttribute* name = gumbo_get_attribute(&element.attributes, "attributename");
    return name && Lower(name->value).ends_with("href");
  }

  // The fetch directive that governs an attribute's address, "" if it is a
  // navigation (a link) or not an address at all.
  static std::string DirectiveOf(const std::string& tag, const std::string& name, const GumboElement& element) {
    if (name == "srcset" || name == "imagesrcset" || name == "background" || name == "poster" ||
        name == "lowsrc" || name == "dynsrc")
      return "img-src";
    if (name == "action" || name == "formaction") return "form-action";
    if (name == "ping") return "connect-src";
    if (name == "src") {
      if (tag == "script") return "script-src";
      if (tag == "iframe" || tag == "frame" || tag == "portal") return "frame-src";
      if (tag == "embed") return "object-src";
      if (tag == "video" || tag == "audio" || tag == "source" || tag == "track") return "media-src";
      return "img-src";  // img, input type=image, and anything else that loads a picture
    }
    if (name == "data" && (tag == "object")) return "object-src";
    if (name == "href") {
      if (tag == "image" || tag == "feimage" || tag == "use") return "img-src";
      if (tag == "link") {
        const GumboAttribute* rel = gumbo_get_attribute(&element.attributes, "rel");
        if (rel && HasToken(rel->value, "stylesheet")) return "style-src";
        if (rel && OnlyNamesPages(rel->value)) return "";
        if (rel && (HasToken(rel->value, "icon") || HasToken(rel->value, "apple-touch-icon"))) return "img-src";
        return "default-src";  // preload, prefetch, preconnect, manifest …: each fetches
      }
    }
    return "";
  }

  static bool IsAddress(const std::string& name) {
    static constexpr std::string_view kAddresses[] = {"href", "src", "action", "formaction", "data", "poster",
                                                      "background", "cite", "longdesc", "lowsrc", "dynsrc",
                                                      "codebase", "classid", "usemap", "manifest", "icon", "ping",
                                                      "srcset", "imagesrcset"};
    return std::find(std::begin(kAddresses), std::end(kAddresses), name) != std::end(kAddresses);
  }

  void Attribute(const std::string& tag, const GumboElement& element, const GumboAttribute& attribute) {
    const std::string name = AttributeName(attribute);
    const size_t at = attribute.name_start.offset;
    if (name.starts_with("on")) {
      Add(at, name, "event-handler attribute " + name + " would run code written into the page",
          "remove it; the site's scripts are files in the theme's assets/ (script-src " + Spelled("script-src") +
              ", without 'unsafe-inline')");
      return;
    }
    if (name == "style") {
      Add(at, "style=", "style attribute writes styles into the page", StyleHint());
      return;
    }
    if (name == "srcdoc") {
      Add(at, name, "srcdoc writes a whole document into the page", "remove it");
      return;
    }
    if (!IsAddress(name)) return;
    const std::string_view value = attribute.value;
    const std::string directive = DirectiveOf(tag, name, element);
    std::vector<std::string_view> urls = name == "srcset" || name == "imagesrcset" ? SrcsetUrls(value)
                                         : name == "ping"                          ? SplitSpaces(value)
                                                                                   : std::vector{value};
    for (std::string_view url : urls) Address(tag, name, directive, url, at);
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
    const std::string where = "<" + tag + " " + name + "=" + Quoted(url) + ">";
    const UrlKind kind = ClassifyUrl(url, origin_);
    if (kind == UrlKind::kScript) {
      return Add(at, std::string(url), where + " runs code written into the address",
                 "link to a page or an https: address (script-src " + Spelled("script-src") +
                     ", without 'unsafe-inline')");
    }
    if (kind == UrlKind::kData && directive.empty()) {
      return Add(at, std::string(url), where + " opens a document written into the address (data:)",
                 "link to a file of the site or an https: address");
    }
    if (directive.empty() || embedded_refused_) return;
    const Sources allowed = AllowedSources(directive);
    if (allowed == Sources::kAny || (allowed == Sources::kSelf && kind == UrlKind::kSameOrigin)) return;
    const std::string what = kind == UrlKind::kData          ? " loads a file written into the address (data:)"
                             : allowed == Sources::kNone ? " loads from outside the page, which the site never does"
                                                         : " loads from another site";
    Add(at, std::string(url), where + what,
        "use a file of this site, e.g. beside the page (the site's Content-Security-Policy says " + directive + " " +
            Spelled(directive) + ")");
  }

  void Add(size_t offset, std::string needle, std::string message, std::string hint) {
    found_.push_back({offset, std::move(needle), std::move(message), std::move(hint)});
  }

 public:
  std::vector<BrokenPromise> Take() { return std::move(found_); }

 private:
  std::string origin_;
  bool embedded_refused_ = false;
  std::vector<BrokenPromise> found_;
};

struct GumboDeleter {
  void operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

}  // namespace

std::vector<BrokenPromise> FindBrokenPromises(std::string_view html, std::string_view site_origin) {
  std::unique_ptr<GumboOutput, GumboDeleter> output(gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  PromiseWalk walk(site_origin);
  std::vector<const GumboNode*> stack = {output->document};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    const GumboVector* children = nullptr;
    if (node->type == GUMBO_NODE_DOCUMENT) {
      children = &node->v.document.children;
    } else if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
      walk.Element(node->v.element);
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

}  // namespace enindgang
