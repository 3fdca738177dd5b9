#pragma once
#include <optional>
#include <vector>

#include "base/diagnostics.h"
#include "load/municipality.h"
#include "text/dates.h"

namespace enindgang {

// Why a row of municipalities.csv should be checked again by a person.
enum class ContactStaleness {
  kNeverVerified,  // `verified` is empty
  kTooOld,         // verified more than the limit before today
  kInTheFuture,    // verified after today: a typo, and its age cannot be trusted
};

struct StaleContact {
  const Municipality* row = nullptr;  // into the table given to FindStaleContacts
  ContactStaleness why = ContactStaleness::kNeverVerified;
  std::optional<int> age_days;  // today − verified, negative in the future; none when never verified
};

// True when the row states anything a child would act on: the website (every
// local page links to it), the Én indgang page, a phone or SMS number,
// e-mail, opening hours or the after-hours route (its service or number;
// acute_when and sms_text only qualify those). Names, codes, regions and aliases
// come from the national registers and are not the municipality's to change.
bool HasContactDetails(const Municipality& row);

// The rows with contact details that need a person to look again, in table
// order. `today` is the build's day in Copenhagen. A row verified exactly
// `max_age_days` before today is still fresh; one day more is stale.
std::vector<StaleContact> FindStaleContacts(const std::vector<Municipality>& rows, const text::Date& today,
                                            int max_age_days);

// A warning, never an error, at the row's `verified` field: most rows have
// never been verified, and the site must still build.
Diagnostic StaleContactWarning(const StaleContact& stale, const text::Date& today, int max_age_days);

}  // namespace enindgang
