#pragma once
#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

// `icu` is an alias of a versioned namespace, so declare through ICU's macros.
U_NAMESPACE_BEGIN
class Collator;
U_NAMESPACE_END

namespace enindgang::text {

// Locale-aware string order. In "da", Æ, Ø, Å come after Z and "Aa" sorts
// as Å (Aabenraa after Åbenrå), as Danish readers expect.
// Each Collation owns its ICU collator, cloned from a per-thread prototype,
// so making one is cheap; do not share one between threads.
class Collation {
 public:
  // Throws std::runtime_error if ICU has no collation data at all.
  explicit Collation(const std::string& icu_locale);
  ~Collation();
  Collation(Collation&&) noexcept;
  Collation& operator=(Collation&&) noexcept;

  bool Less(std::string_view a, std::string_view b) const;

 private:
  std::unique_ptr<icu::Collator> collator_;
};

void SortCollated(std::vector<std::string>& items, const std::string& icu_locale);

// Sorts items by the string key(item) returns, stably, so equal keys keep
// their input order.
template <typename T, typename KeyFn>
void SortCollatedBy(std::vector<T>& items, const std::string& icu_locale, KeyFn key) {
  const Collation collation(icu_locale);
  std::stable_sort(items.begin(), items.end(), [&](const T& a, const T& b) { return collation.Less(key(a), key(b)); });
}

}  // namespace enindgang::text
