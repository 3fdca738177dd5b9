#include "check/data_quality.h"

#include <algorithm>
#include <map>
#include <set>

namespace enindgang {
namespace {

// Contact details a child would act on; each must say where it was seen.
const std::pair<const char*, std::string Municipality::*> kContactFields[] = {
    {"phone", &Municipality::phone},
    {"email", &Municipality::email},
    {"sms", &Municipality::sms},
    {"opening_hours", &Municipality::opening_hours},
    {"acute_service", &Municipality::acute_service},
    {"acute_phone", &Municipality::acute_phone}};

std::string ContactWithoutSource(const Municipality& m) {
  if (!m.source.empty()) return "";
  std::string fields;
  for (const auto& [name, field] : kContactFields) {
    if (!(m.*field).empty()) fields += (fields.empty() ? "" : ", ") + std::string(name);
  }
  return fields;
}

void GatherMunicipalities(const MunicipalityDirectory& directory, int max_age_days, DataQuality& facts) {
  facts.municipalities = static_cast<int>(directory.municipalities.size());
  facts.contact_max_age_days = max_age_days;
  facts.stale = FindStaleContacts(directory.municipalities, facts.today, max_age_days);
  for (const auto& m : directory.municipalities) {
    if (m.enindgang_url.empty()) facts.without_url.push_back({m.code, m.name, ""});
    if (HasContactDetails(m)) facts.with_contact_details++;
    if (auto fields = ContactWithoutSource(m); !fields.empty()) facts.unsourced.push_back({m.code, m.name, fields});
  }
}

void GatherStreetRegister(const MunicipalityDirectory& directory, DataQuality& facts) {
  facts.street_register = directory.street_register.present;
  facts.street_register_folder = directory.street_register.folder;
  facts.register_findings = CompareStreetRegister(directory);
}

// The i18n files from which `strings` came that are marked needs-review.
std::vector<std::string> UiFilesNeedingReview(const std::map<std::string, UiString>& strings,
                                              const std::set<std::string>& marked) {
  std::set<std::string> files;
  for (const auto& [key, s] : strings) files.insert(s.where.path);
  std::vector<std::string> found;
  for (const auto& file : files)
    if (marked.count(file)) found.push_back(file);
  return found;
}

void GatherTranslations(const Site& site, DataQuality& facts) {
  facts.default_language = site.config().default_language().code;
  static const std::map<std::string, UiString> kNone;
  auto strings_of = [&](const std::string& code) -> const std::map<std::string, UiString>& {
    auto it = site.theme().strings.find(code);
    return it == site.theme().strings.end() ? kNone : it->second;
  };
  const auto& expected = strings_of(facts.default_language);
  for (const auto& language : site.config().languages) {
    LanguageCoverage coverage;
    coverage.code = language.code;
    for (const auto& page : site.pages()) {
      if (page.language != &language) continue;
      coverage.pages++;
      if (page.is_fallback) {
        coverage.fallback++;
        continue;
      }
      coverage.translated++;
      if (page.source->translation == TranslationStatus::kNeedsReview) coverage.needs_review++;
    }
    const auto& own = strings_of(language.code);
    coverage.ui_expected = static_cast<int>(expected.size());
    for (const auto& [key, s] : expected) {
      if (own.count(key)) coverage.ui_present++;
      else coverage.ui_missing.push_back(key);
    }
    coverage.ui_needs_review = UiFilesNeedingReview(own, site.theme().strings_needing_review);
    facts.languages.push_back(std::move(coverage));
  }
}

}  // namespace

DataQuality GatherDataQuality(const Site& site, const CheckReport& report, text::Date today) {
  DataQuality facts;
  facts.today = today;
  facts.lix_limit = site.config().lix_limit;
  facts.readability = report.readability;
  GatherMunicipalities(site.directory(), site.config().contact_max_age_days, facts);
  GatherTranslations(site, facts);
  GatherStreetRegister(site.directory(), facts);
  return facts;
}

void WarnAboutGaps(const DataQuality& facts, const Site& site, Diagnostics& diagnostics) {
  const MunicipalityDirectory& directory = site.directory();
  SourcePosition csv{site.config().municipalities_csv, 0, 0};
  auto of = [&](size_t n) { return std::to_string(n) + " of " + std::to_string(facts.municipalities); };
  if (!facts.without_url.empty())
    diagnostics.Warning(csv, of(facts.without_url.size()) + " municipalities have no Én indgang URL",
                        "fill in enindgang_url when a municipality publishes its entrance for children");
  for (const auto& fact : facts.unsourced) {
    const Municipality* m = directory.Find(fact.code);
    diagnostics.Warning(m ? m->where : csv, fact.name + " has contact details (" + fact.detail + ") but no source",
                        "say in the source column where the details were seen");
  }
}

size_t WarnAboutStaleContacts(const DataQuality& facts, size_t shown_never, Diagnostics& diagnostics) {
  size_t never = 0;
  for (const auto& s : facts.stale) {
    if (s.why == ContactStaleness::kNeverVerified && never++ >= shown_never) continue;
    diagnostics.Add(StaleContactWarning(s, facts.today, facts.contact_max_age_days));
  }
  return never > shown_never ? never - shown_never : 0;
}

std::vector<size_t> WarnAboutStreetRegister(const DataQuality& facts, size_t shown, Diagnostics& diagnostics) {
  std::vector<size_t> seen(kRegisterDisagreementKinds, 0);
  for (const auto& f : facts.register_findings) {
    if (seen[static_cast<size_t>(f.kind)]++ < shown) diagnostics.Add(f.warning);
  }
  for (auto& n : seen) n = n > shown ? n - shown : 0;
  return seen;
}

size_t CountOf(const DataQuality& facts, RegisterDisagreement kind) {
  return static_cast<size_t>(std::count_if(facts.register_findings.begin(), facts.register_findings.end(),
                                           [&](const RegisterFinding& f) { return f.kind == kind; }));
}

std::vector<const StaleContact*> StaleBecause(const DataQuality& facts, ContactStaleness why) {
  std::vector<const StaleContact*> found;
  for (const auto& s : facts.stale)
    if (s.why == why) found.push_back(&s);
  return found;
}

}  // namespace enindgang
