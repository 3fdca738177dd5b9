#include "check/release_check.h"

#include "check/contact_age.h"
#include "check/placeholders.h"
#include "check/public_address.h"
#include "load/release_placeholder.h"

namespace enindgang {
namespace {

// Of the rows never verified, the codes named in the one warning.
constexpr size_t kNamedCodes = 5;
// A placeholder is quoted up to this many bytes; the position finds the rest.
constexpr size_t kQuoted = 60;

std::string Quoted(const std::string& text) {
  if (text.size() <= kQuoted) return text;
  size_t cut = kQuoted;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "…";
}

void CheckPlaceholders(const Site& site, Diagnostics& diagnostics) {
  // Validated when site.yaml was loaded; a pattern that fails here has been reported there.
  auto pattern = CompileReleasePlaceholder(site.config().release_placeholder, nullptr);
  if (!pattern) return;
  for (const PageSource& page : site.content().pages) {
    if (page.draft) continue;
    for (const Placeholder& found : FindPlaceholders(page.body, page.body_first_line, *pattern)) {
      diagnostics.Error({page.path, found.line, found.column},
                        "template placeholder '" + Quoted(found.text) + "' must not be published",
                        "write the real text in its place, or remove the sentence");
    }
  }
}

void CheckBaseUrl(const SiteConfig& config, Diagnostics& diagnostics) {
  if (auto why = WhyNotPublishable(config.base_url)) {
    diagnostics.Error(config.base_url_where, "base_url '" + config.base_url + "' cannot be published: " + *why,
                      "set base_url to the https:// address the site is published at, e.g. https://www.enindgang.dk");
  }
}

}  // namespace

void ReportLinkErrors(const std::vector<LinkResult>& results, Diagnostics& diagnostics) {
  for (const LinkResult& result : results) {
    if (result.link_class != LinkClass::kError) continue;
    SourcePosition where = result.where.path.empty() ? SourcePosition{"links report", 0, 0} : result.where;
    std::string whose = result.municipality_code.empty() ? "" : " (municipality " + result.municipality_code + ")";
    diagnostics.Error(where, "link " + result.url + whose + " does not work: " + result.reason,
                      "correct or replace the address, then run enindgang links again");
  }
}

namespace {

void WarnAboutTranslationsToReview(const Site& site, Diagnostics& diagnostics) {
  for (const PageSource& page : site.content().pages) {
    if (page.draft || page.translation != TranslationStatus::kNeedsReview) continue;
    diagnostics.Warning(page.translation_position, "this translation is still marked needs-review",
                        "have someone whose language it is read it, then write translation: reviewed");
  }
}

void WarnAboutNeverVerified(const SiteConfig& config, const MunicipalityDirectory& directory,
                            Diagnostics& diagnostics) {
  std::vector<std::string> codes;
  for (const Municipality& m : directory.municipalities)
    if (HasContactDetails(m) && m.verified.empty()) codes.push_back(m.code);
  if (codes.empty()) return;
  std::string named;
  for (size_t i = 0; i < codes.size() && i < kNamedCodes; ++i) named += (i == 0 ? "" : ", ") + codes[i];
  if (codes.size() > kNamedCodes) named += " and " + std::to_string(codes.size() - kNamedCodes) + " more";
  const std::string rows = std::to_string(codes.size()) + (codes.size() == 1 ? " row" : " rows");
  diagnostics.Warning({config.municipalities_csv, 0, 0}, rows + " with contact details never verified (" + named + ")",
                      "check each row against the municipality's own site and write the day in verified");
}

}  // namespace

void CheckRelease(const Site& site, const std::vector<LinkResult>* link_report, Diagnostics& diagnostics) {
  CheckPlaceholders(site, diagnostics);
  CheckBaseUrl(site.config(), diagnostics);
  if (link_report) ReportLinkErrors(*link_report, diagnostics);
  WarnAboutTranslationsToReview(site, diagnostics);
  WarnAboutNeverVerified(site.config(), site.directory(), diagnostics);
}

}  // namespace enindgang
