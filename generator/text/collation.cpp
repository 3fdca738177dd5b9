#include "text/collation.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/stringpiece.h>

#include <map>
#include <stdexcept>

namespace enindgang::text {
namespace {

// Opening a collator loads and builds tailoring data; cloning one is cheap.
const icu::Collator& Prototype(const std::string& icu_locale) {
  thread_local std::map<std::string, std::unique_ptr<icu::Collator>> prototypes;
  auto& slot = prototypes[icu_locale];
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    slot.reset(icu::Collator::createInstance(icu::Locale(icu_locale.c_str()), status));
    if (U_FAILURE(status)) {
      throw std::runtime_error("cannot open collation for '" + icu_locale + "': " + u_errorName(status));
    }
  }
  return *slot;
}

}  // namespace

Collation::Collation(const std::string& icu_locale) : collator_(Prototype(icu_locale).clone()) {}
Collation::~Collation() = default;
Collation::Collation(Collation&&) noexcept = default;
Collation& Collation::operator=(Collation&&) noexcept = default;

bool Collation::Less(std::string_view a, std::string_view b) const {
  UErrorCode status = U_ZERO_ERROR;
  const auto order = collator_->compareUTF8(icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
                                            icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), status);
  return order == UCOL_LESS;
}

void SortCollated(std::vector<std::string>& items, const std::string& icu_locale) {
  SortCollatedBy(items, icu_locale, [](const std::string& item) -> const std::string& { return item; });
}

}  // namespace enindgang::text
