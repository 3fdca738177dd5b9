// The page-promise check (check/markup_promises) on any HTML. Pages are
// checked in tinyxml2's tree, which is fast, whenever it parses the page
// whole (ParsePageAroundBody) and MisreadByBrowsers says browsers read it alike; gumbo, the HTML standard's parser, is
// the reference. Properties: no crash, every finding lies inside the input, and whenever the fast path is taken and
// gumbo finds a broken promise, the fast path finds one too (it may find more: it reads <script> or <textarea> contents
// as markup).
#include <tinyxml2.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "check/html_structure.h"
#include "check/markup_promises.h"
#include "fuzz_check.h"

using namespace enindgang;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view html(reinterpret_cast<const char*>(data), size);
  const std::string_view origin = "https://example.test";
  const auto by_gumbo = FindBrokenPromises(html, origin);
  for (const auto& broken : by_gumbo) {
    FUZZ_CHECK(broken.offset <= size);
    FUZZ_CHECK(!broken.message.empty() && !broken.hint.empty());
  }
  // As the check stage parses a page (check/html_structure).
  RenderedPage page;
  page.html = std::string(html);
  Diagnostics ignored;
  tinyxml2::XMLDocument document(true, tinyxml2::PRESERVE_WHITESPACE);
  if (!ParsePageAroundBody(page, document, ignored)) return 0;
  if (!MisreadByBrowsers(html, document).empty()) return 0;
  const auto by_tree = FindBrokenPromises(document, origin);
  if (std::getenv("FUZZ_PRINT")) {
    for (const auto& b : by_gumbo) std::fprintf(stderr, "gumbo: %s\n", b.message.c_str());
    for (const auto& b : by_tree) std::fprintf(stderr, "tinyxml2: %s\n", b.message.c_str());
  }
  FUZZ_CHECK(by_gumbo.empty() || !by_tree.empty());
  return 0;
}
