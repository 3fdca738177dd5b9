#pragma once
#include <string_view>

namespace enindgang::links {

// gumbo 0.10 has no limit on tree depth, and its scope checks walk the stack
// of open elements, so a page of nested <div>s costs time quadratic in their
// depth (10,000 of them: 3 s). Pages are therefore cut before gumbo reads them.
constexpr size_t kMaxHtmlBytes = 1024 * 1024;
constexpr int kMaxHtmlDepth = 256;  // real municipal pages nest 20 to 40 deep

// The longest prefix of `html` of at most kMaxHtmlBytes whose elements, as a
// quick scan of its tags sees them, never nest deeper than kMaxHtmlDepth.
// The scan over-counts when it cannot tell (a "<b" in a script), never under.
std::string_view BoundedHtml(std::string_view html);

}  // namespace enindgang::links
