#include "cli/check_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <ostream>
#include <set>

#include "base/file_system.h"
#include "check/contact_age.h"
#include "check/data_quality.h"
#include "check/release_check.h"
#include "check/street_register_check.h"
#include "text/local_time.h"

namespace enindgang {
namespace {

constexpr size_t kColumns = 100;
// With 98 rows never verified, their names and warnings would bury the rest of
// the report; the first few show the pattern, --json lists every one.
constexpr size_t kListedNames = 16;
constexpr size_t kShownNeverVerifiedWarnings = 5;
// The same for each kind of disagreement with the street register (dozens on
// the real data: it is from 2015).
constexpr size_t kShownRegisterWarnings = 3;

// ---- Plain text ----------------------------------------------------------------

size_t Width(const std::string& s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// Keeps the end of `s` (a path's file name, a name's last word) in `width` code points.
std::string Elide(const std::string& s, size_t width) {
  if (Width(s) <= width || width == 0) return s;
  size_t keep = width - 1, from = s.size();
  while (keep > 0 && from > 0) {
    --from;
    if ((s[from] & 0xC0) != 0x80) --keep;
  }
  while (from < s.size() && (s[from] & 0xC0) == 0x80) ++from;
  return "…" + s.substr(from);
}

// An aligned plain-text table; `align` says per column 'l'eft or 'r'ight (numbers).
// The first column is shortened to fit kColumns.
class Table {
 public:
  Table(std::string align, std::vector<std::string> header) : align_(std::move(align)) {
    rows_.push_back(std::move(header));
  }
  void Row(std::vector<std::string> row) { rows_.push_back(std::move(row)); }

  void Print(std::ostream& out, size_t indent) const {
    std::vector<size_t> widths(rows_.front().size(), 0);
    for (const auto& row : rows_)
      for (size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], Width(row[i]));
    size_t rest = 0;
    for (size_t i = 1; i < widths.size(); ++i) rest += 2 + widths[i];
    if (indent + widths[0] + rest > kColumns) widths[0] = std::max<size_t>(12, kColumns - indent - rest);
    for (const auto& row : rows_) {
      std::string line(indent, ' ');
      for (size_t i = 0; i < row.size(); ++i) {
        std::string cell = i == 0 ? Elide(row[i], widths[0]) : row[i];
        std::string pad(widths[i] - std::min(widths[i], Width(cell)), ' ');
        line += (i == 0 ? "" : "  ") + (align_[i] == 'r' ? pad + cell : cell + pad);
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out << line << "\n";
    }
  }

 private:
  std::string align_;
  std::vector<std::vector<std::string>> rows_;
};

// "a, b, c" broken into lines of at most kColumns.
void PrintWrapped(std::ostream& out, size_t indent, const std::vector<std::string>& items) {
  std::string line(indent, ' ');
  for (size_t i = 0; i < items.size(); ++i) {
    std::string item = items[i] + (i + 1 < items.size() ? "," : "");
    if (Width(line) > indent && Width(line) + 1 + Width(item) > kColumns) {
      out << line << "\n";
      line = std::string(indent, ' ');
    }
    line += (Width(line) > indent ? " " : "") + item;
  }
  if (Width(line) > indent) out << line << "\n";
}

std::vector<std::string> Names(const std::vector<MunicipalityFact>& facts) {
  std::vector<std::string> names;
  for (const auto& f : facts) names.push_back(f.name);
  return names;
}

std::string OneDecimal(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  return buffer;
}

// The names of the first kListedNames rows, then how many more.
std::vector<std::string> FirstNames(const std::vector<const StaleContact*>& rows) {
  std::vector<std::string> names;
  for (size_t i = 0; i < rows.size() && i < kListedNames; ++i) names.push_back(rows[i]->row->name);
  if (rows.size() > kListedNames)
    names.push_back("… and " + std::to_string(rows.size() - kListedNames) + " more (see --json)");
  return names;
}

void PrintDatedRows(const std::vector<const StaleContact*>& rows, std::ostream& out) {
  Table table("lrlr", {"municipality", "code", "verified", "days"});
  for (const auto* s : rows)
    table.Row({s->row->name, s->row->code, s->row->verified, std::to_string(std::abs(*s->age_days))});
  table.Print(out, 4);
}

// How old the contact details are, against contact_max_age_days in site.yaml.
void PrintContactAge(const DataQuality& facts, std::ostream& out) {
  const auto never = StaleBecause(facts, ContactStaleness::kNeverVerified);
  const auto old = StaleBecause(facts, ContactStaleness::kTooOld);
  const auto future = StaleBecause(facts, ContactStaleness::kInTheFuture);
  const std::string today = text::IsoDate(facts.today);
  auto of = [&](size_t n) { return std::to_string(n) + " of " + std::to_string(facts.with_contact_details); };
  out << "  with contact details: " << facts.with_contact_details << " of " << facts.municipalities << "\n";
  if (!never.empty() && never.size() == static_cast<size_t>(facts.with_contact_details)) {
    out << "  never verified: all " << never.size() << "\n";  // a list of every row says nothing
  } else {
    out << "  never verified: " << of(never.size()) << "\n";
    PrintWrapped(out, 4, FirstNames(never));
  }
  out << "  verified more than " << facts.contact_max_age_days << " days before " << today << ": " << of(old.size())
      << "\n";
  if (!old.empty()) PrintDatedRows(old, out);
  if (!future.empty()) {
    out << "  verified after " << today << " (a typo?): " << of(future.size()) << "\n";
    PrintDatedRows(future, out);
  }
}

void PrintMunicipalities(const DataQuality& facts, std::ostream& out) {
  auto of = [&](size_t n) { return std::to_string(n) + " of " + std::to_string(facts.municipalities); };
  out << "Municipalities: " << facts.municipalities << "\n";
  out << "  without an Én indgang URL: " << of(facts.without_url.size()) << "\n";
  PrintWrapped(out, 4, Names(facts.without_url));
  PrintContactAge(facts, out);
  out << "  contact details without a source: " << of(facts.unsourced.size()) << "\n";
  if (!facts.unsourced.empty()) {
    Table table("lrl", {"municipality", "code", "fields"});
    for (const auto& f : facts.unsourced) table.Row({f.name, f.code, f.detail});
    table.Print(out, 4);
  }
}

void PrintTranslations(const DataQuality& facts, std::ostream& out) {
  out << "\nTranslations (compared with " << facts.default_language << ")\n";
  Table table("lrrrrr", {"language", "pages", "translated", "fallback to " + facts.default_language, "needs review",
                         "UI strings"});
  for (const auto& c : facts.languages) {
    table.Row({c.code, std::to_string(c.pages), std::to_string(c.translated), std::to_string(c.fallback),
               std::to_string(c.needs_review), std::to_string(c.ui_present) + " of " + std::to_string(c.ui_expected)});
  }
  table.Print(out, 2);
  for (const auto& c : facts.languages) {
    if (!c.ui_missing.empty()) {
      out << "  UI strings missing in " << c.code << " (shown in " << facts.default_language << "):\n";
      PrintWrapped(out, 4, c.ui_missing);
    }
    for (const auto& file : c.ui_needs_review) out << "  UI strings of " << c.code << " need review: " << file << "\n";
  }
}

// One line per kind of disagreement; the warnings say where.
void PrintStreetRegister(const DataQuality& facts, std::ostream& out) {
  if (!facts.street_register) return;
  // The register's date and source are in its README.md, which a refresh updates.
  out << "\nStreet register (" << facts.street_register_folder
      << "/) compared with postcodes.csv and municipalities.csv\n";
  if (facts.register_findings.empty()) {
    out << "  they agree\n";
    return;
  }
  Table table("lr", {"disagreement", "rows"});
  for (int k = 0; k < kRegisterDisagreementKinds; ++k) {
    const auto kind = static_cast<RegisterDisagreement>(k);
    table.Row({DisagreementSummary(kind), std::to_string(CountOf(facts, kind))});
  }
  table.Print(out, 2);
}

void PrintReadability(const DataQuality& facts, std::ostream& out) {
  out << "\nReadability (LIX) of " << facts.default_language << " pages for children (limit " << facts.lix_limit
      << "; pages under 20 words are not judged)\n";
  if (facts.readability.empty()) {
    out << "  none\n";
    return;
  }
  Table table("lrrr", {"page", "LIX", "words", "sentences"});
  for (const auto& [path, lix] : facts.readability)
    table.Row({path, OneDecimal(lix.value), std::to_string(lix.words), std::to_string(lix.sentences)});
  table.Print(out, 2);
}

// ---- JSON ----------------------------------------------------------------------

nlohmann::ordered_json MunicipalityList(const std::vector<MunicipalityFact>& facts, const char* detail) {
  auto list = nlohmann::ordered_json::array();
  for (const auto& f : facts) {
    nlohmann::ordered_json item = {{"code", f.code}, {"name", f.name}};
    if (detail) item[detail] = f.detail;
    list.push_back(std::move(item));
  }
  return list;
}

const char* ReasonName(ContactStaleness why) {
  switch (why) {
    case ContactStaleness::kNeverVerified:
      return "never_verified";
    case ContactStaleness::kTooOld:
      return "older_than_limit";
    case ContactStaleness::kInTheFuture:
      return "in_the_future";
  }
  return "";
}

// Positioned at the row's verified field, as the warnings are.
nlohmann::ordered_json StaleContactList(const std::vector<StaleContact>& stale) {
  auto list = nlohmann::ordered_json::array();
  for (const auto& s : stale) {
    const Municipality& m = *s.row;
    list.push_back({{"code", m.code},
                    {"name", m.name},
                    {"reason", ReasonName(s.why)},
                    {"verified", m.verified.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(m.verified)},
                    {"age_days", s.age_days ? nlohmann::ordered_json(*s.age_days) : nlohmann::ordered_json()},
                    {"line", m.verified_where.line},
                    {"column", m.verified_where.column}});
  }
  return list;
}

// Counts per kind and every finding with its position, as the warnings have them.
nlohmann::ordered_json StreetRegisterJson(const DataQuality& facts) {
  if (!facts.street_register) return {{"present", false}};
  nlohmann::ordered_json counts = nlohmann::ordered_json::object();
  for (int k = 0; k < kRegisterDisagreementKinds; ++k) {
    const auto kind = static_cast<RegisterDisagreement>(k);
    counts[DisagreementName(kind)] = CountOf(facts, kind);
  }
  auto list = nlohmann::ordered_json::array();
  for (const auto& f : facts.register_findings) {
    list.push_back({{"kind", DisagreementName(f.kind)},
                    {"path", f.warning.where.path},
                    {"line", f.warning.where.line},
                    {"column", f.warning.where.column},
                    {"message", f.warning.message}});
  }
  return {{"present", true}, {"folder", facts.street_register_folder}, {"counts", counts}, {"disagreements", list}};
}

nlohmann::ordered_json ToJson(const DataQuality& facts) {
  nlohmann::ordered_json unsourced = nlohmann::ordered_json::array();
  for (const auto& f : facts.unsourced) {
    nlohmann::ordered_json fields = nlohmann::ordered_json::array();
    for (size_t from = 0; from < f.detail.size();) {
      size_t comma = f.detail.find(", ", from);
      fields.push_back(f.detail.substr(from, comma - from));
      from = comma == std::string::npos ? f.detail.size() : comma + 2;
    }
    unsourced.push_back({{"code", f.code}, {"name", f.name}, {"fields", fields}});
  }
  nlohmann::ordered_json languages = nlohmann::ordered_json::array();
  for (const auto& c : facts.languages) {
    languages.push_back({{"code", c.code},
                         {"pages", c.pages},
                         {"translated", c.translated},
                         {"fallback", c.fallback},
                         {"needs_review", c.needs_review},
                         {"ui_strings",
                          {{"present", c.ui_present},
                           {"expected", c.ui_expected},
                           {"missing", c.ui_missing},
                           {"files_needing_review", c.ui_needs_review}}}});
  }
  nlohmann::ordered_json pages = nlohmann::ordered_json::array();
  for (const auto& [path, lix] : facts.readability) {
    pages.push_back(
        {{"path", path}, {"lix", std::round(lix.value * 10) / 10}, {"words", lix.words}, {"sentences", lix.sentences}});
  }
  return {{"municipalities",
           {{"count", facts.municipalities},
            {"without_enindgang_url", MunicipalityList(facts.without_url, nullptr)},
            {"with_contact_details", facts.with_contact_details},
            {"contact_without_source", unsourced}}},
          {"contact_max_age_days", facts.contact_max_age_days},
          {"stale_contacts", StaleContactList(facts.stale)},
          {"translations", {{"default_language", facts.default_language}, {"languages", languages}}},
          {"readability", {{"language", facts.default_language}, {"limit", facts.lix_limit}, {"pages", pages}}},
          {"street_register", StreetRegisterJson(facts)}};
}

std::vector<std::string> Formatted(const Diagnostics& diagnostics, Severity severity) {
  std::vector<std::string> lines;
  for (const auto& d : diagnostics.SortedOf(severity)) lines.push_back(d.Format());
  return lines;
}

std::optional<std::vector<LinkResult>> LoadLinkReport(const std::string& path, Diagnostics& diagnostics) {
  return ReadLinkReportJson(path, diagnostics);
}

// The release findings; false when one of them is an error.
bool CheckForRelease(const Site& site, const CheckOptions& options, Diagnostics& diagnostics) {
  Diagnostics release;
  std::optional<std::vector<LinkResult>> links;
  if (!options.links_report.empty()) links = LoadLinkReport(options.links_report, release);
  CheckRelease(site, links ? &*links : nullptr, release);
  diagnostics.Merge(release);
  return !release.HasErrors();
}

}  // namespace

int RunCheckReport(const BuildRequest& request, bool json, std::ostream& out, std::ostream& err) {
  return RunCheckReport(request, CheckOptions{json, false, {}, {}}, out, err);
}

int RunCheckReport(const BuildRequest& request, const CheckOptions& options, std::ostream& out, std::ostream& err) {
  const bool json = options.json;
  BuildRequest check = request;
  check.write = false;
  auto outcome = BuildInMemory(check);
  Diagnostics diagnostics(outcome->diagnostics);

  std::optional<DataQuality> facts;
  size_t hidden = 0;  // warnings about rows never verified left out of the plain-text report
  std::vector<size_t> hidden_register(kRegisterDisagreementKinds, 0);  // the same per kind of disagreement
  std::string csv;
  if (outcome->site) {
    const Site& site = *outcome->site;
    facts = GatherDataQuality(site, outcome->report, BuildDay(request.options));
    WarnAboutGaps(*facts, site, diagnostics);
    hidden = WarnAboutStaleContacts(*facts, json ? facts->stale.size() : kShownNeverVerifiedWarnings, diagnostics);
    hidden_register =
        WarnAboutStreetRegister(*facts, json ? facts->register_findings.size() : kShownRegisterWarnings, diagnostics);
    csv = site.config().municipalities_csv;
    if (options.online) options.online(site, diagnostics);
  }
  bool release_ok = true;
  if (options.release && outcome->site) release_ok = CheckForRelease(*outcome->site, options, diagnostics);
  const bool ok = outcome->ok() && release_ok;
  const int errors = diagnostics.ErrorCount();

  if (json) {
    nlohmann::ordered_json report = {{"ok", ok}, {"today", facts ? text::IsoDate(facts->today) : ""}};
    if (options.release) report["release"] = {{"ready", ok}};
    if (facts) report.update(ToJson(*facts));
    report["errors"] = Formatted(diagnostics, Severity::kError);
    report["warnings"] = Formatted(diagnostics, Severity::kWarning);
    out << report.dump(2) << "\n";
  } else {
    for (const auto& d : diagnostics.Sorted()) err << d.Format() << "\n";
    if (hidden > 0)
      err << csv << ": warning: … and " << hidden << " more rows with contact details never verified"
          << " — enindgang check --json lists every one\n";
    for (int k = 0; k < kRegisterDisagreementKinds; ++k) {
      if (hidden_register[k] == 0) continue;
      err << facts->street_register_folder << ": warning: … and " << hidden_register[k] << " more "
          << DisagreementSummary(static_cast<RegisterDisagreement>(k)) << " — enindgang check --json lists every one\n";
    }
    if (facts) {
      PrintMunicipalities(*facts, out);
      PrintTranslations(*facts, out);
      PrintStreetRegister(*facts, out);
      PrintReadability(*facts, out);
    }
    size_t not_shown = hidden;
    for (size_t n : hidden_register) not_shown += n;
    size_t warnings = diagnostics.SortedOf(Severity::kWarning).size() + not_shown;
    out << (facts ? "\n" : "") << errors << (errors == 1 ? " error, " : " errors, ") << warnings
        << (warnings == 1 ? " warning" : " warnings");
    if (not_shown > 0) out << " (" << not_shown << " not shown; see --json)";
    out << "; nothing was written";
    if (options.release) out << (ok ? "; ready to publish" : "; not ready to publish: fix the errors above");
    out << "\n";
  }
  // With --online an address that is an error fails the check like a build error.
  const bool link_errors = options.online && errors > outcome->diagnostics.ErrorCount();
  return ok && !link_errors ? kExitOk : kExitInputError;
}

}  // namespace enindgang
