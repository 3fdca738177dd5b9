#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace enindgang {

// A place where HTML would break one of the site's promises (the
// Content-Security-Policy of render/content_policy: no script but the site's
// own files, no handler, no javascript: or data: address, nothing loaded from
// another site; and no automatic refresh to another site).
struct BrokenPromise {
  size_t offset = 0;   // byte offset in the HTML of the tag or attribute
  std::string needle;  // the text that shows it, to find it in the source: "onerror", "https://evil"
  std::string message;
  std::string hint;
};

// Parses `html` as a browser does (gumbo, the HTML standard's parser, with
// template contents, foreign SVG and MathML) and lists every broken promise in
// document order. `site_origin` is SiteOrigin(base_url). Linear in the size of
// `html`; nesting of any depth is walked without recursion.
std::vector<BrokenPromise> FindBrokenPromises(std::string_view html, std::string_view site_origin);

}  // namespace enindgang
