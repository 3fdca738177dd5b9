#pragma once
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "check/check_stage.h"
#include "check/contact_age.h"
#include "check/street_register_check.h"
#include "model/site.h"
#include "text/dates.h"

namespace enindgang {

// What `enindgang check` reports about the site's data, before the report is
// formatted (cli/check_report): gaps in municipalities.csv, stale contact
// details, translation coverage, the street register's disagreements, LIX.

struct MunicipalityFact {
  std::string code, name;
  std::string detail;  // verified date, or the contact fields without a source
};

struct LanguageCoverage {
  std::string code;
  int pages = 0, translated = 0, fallback = 0, needs_review = 0;
  int ui_present = 0, ui_expected = 0;
  std::vector<std::string> ui_missing;       // keys the default language has and this one lacks
  std::vector<std::string> ui_needs_review;  // i18n files marked _translation: needs-review
};

struct DataQuality {
  text::Date today;
  int municipalities = 0;
  std::vector<MunicipalityFact> without_url;
  int with_contact_details = 0;
  int contact_max_age_days = 0;
  std::vector<StaleContact> stale;          // rows into the site's directory
  std::vector<MunicipalityFact> unsourced;  // detail: "phone, email"
  std::string default_language;
  std::vector<LanguageCoverage> languages;
  int lix_limit = 0;
  std::vector<PageReadability> readability;
  bool street_register = false;  // the site has street_register/
  std::string street_register_folder;
  std::vector<RegisterFinding> register_findings;  // check/street_register_check
};

// The facts of a built site as of `today`, with the check stage's readability.
DataQuality GatherDataQuality(const Site& site, const CheckReport& report, text::Date today);

// Gaps in the data are today's reality (most municipalities have no Én
// indgang URL yet), so each is a warning, not an error.
void WarnAboutGaps(const DataQuality& facts, const Site& site, Diagnostics& diagnostics);

// One warning per stale row; of the rows never verified, `shown_never` at most.
// Returns how many were left out.
size_t WarnAboutStaleContacts(const DataQuality& facts, size_t shown_never, Diagnostics& diagnostics);

// Per kind of disagreement, the first `shown` findings as warnings; returns how
// many of each kind were left out.
std::vector<size_t> WarnAboutStreetRegister(const DataQuality& facts, size_t shown, Diagnostics& diagnostics);

std::vector<const StaleContact*> StaleBecause(const DataQuality& facts, ContactStaleness why);
size_t CountOf(const DataQuality& facts, RegisterDisagreement kind);

}  // namespace enindgang
