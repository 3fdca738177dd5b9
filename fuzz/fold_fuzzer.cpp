// FoldForSearch on arbitrary bytes (a child types anything; the fold also
// runs on every name in the CSVs). Properties from text/fold.h: the key is
// valid UTF-8, has no leading, trailing or double spaces, and folding a key
// again gives the same key.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "text/fold.h"
#include "text/utf8.h"

using namespace enindgang;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::string key = text::FoldForSearch(text);
  FUZZ_CHECK(!text::FindInvalidUtf8(key, nullptr));
  FUZZ_CHECK(key.empty() || (key.front() != ' ' && key.back() != ' '));
  FUZZ_CHECK(key.find("  ") == std::string::npos);
  if (!text::FindInvalidUtf8(text, nullptr)) FUZZ_CHECK(text::FoldForSearch(key) == key);
  return 0;
}
