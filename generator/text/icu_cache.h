#pragma once
#include <map>
#include <memory>
#include <string>

namespace enindgang::text {

// One ICU formatter (or what one read) per locale and thread: creating one loads locale data
// (slow), and formatting with one is not safe across threads. `Make` builds
// it the first time a thread asks for `locale`; each `Make` has its own cache.
template <auto Make>
const auto& PerThreadPerLocale(const std::string& locale) {
  thread_local std::map<std::string, decltype(Make(locale))> formats;
  auto& slot = formats[locale];
  if (!slot) slot = Make(locale);
  return *slot;
}

}  // namespace enindgang::text
