#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace tinyxml2 {
class XMLDocument;
}

namespace enindgang {

// A place where HTML would break one of the site's promises (the
// Content-Security-Policy of render/content_policy: no script but the site's
// own files, no handler, no javascript: or data: address, nothing loaded from
// another site; and no automatic refresh to another site).
struct BrokenPromise {
  size_t offset = 0;   // byte offset in the HTML of the tag or attribute (gumbo only)
  int line = 0;        // line of the element in the HTML (tinyxml2 only)
  std::string needle;  // the text that shows it, to find it in the source: "onerror", "https://evil"
  std::string message;
  std::string hint;
};

// Which data blocks (<script> of type application/json or
// application/ld+json: data a browser never runs) markup may hold.
enum class DataBlocks {
  kTheme,  // the theme's: JSON anywhere, JSON-LD in <head> only (where base.mustache writes a local page's)
  kNone,   // a Markdown body's: none, the site's data comes from its data files through the theme
  // A template's, read alone: JSON-LD anywhere, since a mustache tag in
  // <head> is text that ends <head> for the parser; the finished page is held to kTheme.
  kTemplate,
};

// Parses `html` as a browser does (gumbo, the HTML standard's parser, with
// template contents, foreign SVG and MathML) and lists every broken promise in
// document order. `site_origin` is SiteOrigin(base_url). Linear in the size of
// `html` (about 10 MB/s); nesting of any depth is walked without recursion.
std::vector<BrokenPromise> FindBrokenPromises(std::string_view html, std::string_view site_origin,
                                              DataBlocks data_blocks = DataBlocks::kTheme);

// The same rules over a page tinyxml2 has parsed, ten times faster than
// gumbo. Sound only for a tree that ReadAsBrowsersDo accepts: then it sees
// every element and attribute a browser sees, and more (the contents of
// <script>, <textarea> or <title> as markup); fuzz/page_promises_fuzzer holds
// it to that against gumbo.
std::vector<BrokenPromise> FindBrokenPromises(const tinyxml2::XMLDocument& document, std::string_view site_origin,
                                              DataBlocks data_blocks = DataBlocks::kTheme);

// Why a browser would read a well-formed page otherwise than tinyxml2, or ""
// if it would not: a NUL byte (where tinyxml2 stops), a comment, CDATA
// section, <? or <! other than <!DOCTYPE html> (see render/raw_html_rules), or
// an HTML character reference (&colon;, &Tab; …), which tinyxml2 leaves as
// written, before an address's first ? or # or in a refresh.
std::string MisreadByBrowsers(std::string_view html, const tinyxml2::XMLDocument& document);

}  // namespace enindgang
