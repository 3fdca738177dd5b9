#include "check/contact_age.h"

namespace enindgang {
namespace {

// Every field of a row a local page shows a child to act on (see HasContactDetails).
const std::string Municipality::*const kContactFields[] = {
    &Municipality::website, &Municipality::enindgang_url, &Municipality::phone,         &Municipality::email,
    &Municipality::sms,     &Municipality::opening_hours, &Municipality::acute_service, &Municipality::acute_phone};

std::optional<StaleContact> Judge(const Municipality& row, const text::Date& today, int max_age_days) {
  const auto verified = text::ParseIsoDate(row.verified);
  // A malformed date is the loader's error; here it counts as never verified.
  if (!verified) return StaleContact{&row, ContactStaleness::kNeverVerified, std::nullopt};
  const int age = static_cast<int>(text::DaysSinceEpoch(today) - text::DaysSinceEpoch(*verified));
  if (age < 0) return StaleContact{&row, ContactStaleness::kInTheFuture, age};
  if (age > max_age_days) return StaleContact{&row, ContactStaleness::kTooOld, age};
  return std::nullopt;
}

std::string Days(int days) { return std::to_string(days) + (days == 1 ? " day" : " days"); }

}  // namespace

bool HasContactDetails(const Municipality& row) {
  for (const auto field : kContactFields)
    if (!(row.*field).empty()) return true;
  return false;
}

std::vector<StaleContact> FindStaleContacts(const std::vector<Municipality>& rows, const text::Date& today,
                                            int max_age_days) {
  std::vector<StaleContact> stale;
  for (const auto& row : rows) {
    if (!HasContactDetails(row)) continue;
    if (auto judged = Judge(row, today, max_age_days)) stale.push_back(*judged);
  }
  return stale;
}

Diagnostic StaleContactWarning(const StaleContact& stale, const text::Date& today, int max_age_days) {
  const Municipality& row = *stale.row;
  const std::string who = row.name + " (" + row.code + "): ";
  Diagnostic warning{Severity::kWarning, row.verified_where, "", ""};
  switch (stale.why) {
    case ContactStaleness::kNeverVerified:
      warning.message = who + "contact details never verified";
      warning.hint = "check them against the municipality's own pages and write that day in verified as YYYY-MM-DD";
      break;
    case ContactStaleness::kTooOld:
      warning.message = who + "contact details verified " + row.verified + ", " + Days(*stale.age_days) + " before " +
                        text::IsoDate(today) + " (limit " + std::to_string(max_age_days) + ")";
      warning.hint =
          "check them again against the municipality's own pages and update verified "
          "(contact_max_age_days in site.yaml sets the limit)";
      break;
    case ContactStaleness::kInTheFuture:
      warning.message =
          who + "verified date " + row.verified + " is " + Days(-*stale.age_days) + " after " + text::IsoDate(today);
      warning.hint = "write the day the row was checked, not a later one";
      break;
  }
  return warning;
}

}  // namespace enindgang
