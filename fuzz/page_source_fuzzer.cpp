// A content file: UTF-8 check, front matter split, YAML, every field.
// Properties: no crash, no exception; a page comes back exactly when no
// error was reported, and every message has a position in the file.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "load/page_source.h"
#include "text/line_ends.h"

using namespace enindgang;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  Diagnostics diagnostics;
  auto page = ParsePageSource(text, "da", "fuzz", "content/da/fuzz.md", diagnostics);
  PrintIfAsked(diagnostics);
  FUZZ_CHECK(page.has_value() != diagnostics.HasErrors());
  // Lines as an editor counts them: CR LF, LF and a lone CR each end one.
  const std::string normalized = text::NormalizeLineEnds(text);
  const int lines = 1 + static_cast<int>(std::count(normalized.begin(), normalized.end(), '\n'));
  for (const auto& d : diagnostics.Sorted()) {
    FUZZ_CHECK(d.where.path == "content/da/fuzz.md");
    FUZZ_CHECK(d.where.line >= 1 && d.where.line <= lines);
    FUZZ_CHECK(d.where.column >= 1);
  }
  if (page) {
    FUZZ_CHECK(!page->title.empty());
    FUZZ_CHECK(page->body_first_line >= 1 && page->body_first_line <= lines + 1);
    FUZZ_CHECK(page->slug.find('/') == std::string::npos);
  }
  return 0;
}
