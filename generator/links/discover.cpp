#include "links/discover.h"

#include <algorithm>
#include <fstream>
#include <memory>
#include <ostream>
#include <sstream>

#include "base/diagnostics.h"
#include "links/proposed_row.h"
#include "links/site_crawl.h"

namespace enindgang::links {
namespace {

std::string Joined(const std::vector<std::string>& items) {
  std::string joined;
  for (const std::string& item : items) joined += (joined.empty() ? "" : ", ") + item;
  return joined.empty() ? "none" : joined;
}

void PrintCandidates(const Discovery& discovery, std::ostream& out) {
  const DiscoverTarget& target = discovery.target;
  out << target.name << " (" << target.code << "), " << target.website << ": ";
  if (discovery.best.empty()) {
    out << "nothing proposed (" << discovery.pages_read << " pages read, none scored " << ProposalThreshold()
        << " or more)\n";
  } else {
    out << discovery.best.size() << " candidate" << (discovery.best.size() == 1 ? "" : "s") << " of "
        << discovery.pages_read << " pages read\n";
  }
  for (size_t i = 0; i < discovery.best.size(); ++i) {
    const ScoredPage& page = discovery.best[i];
    out << "  " << i + 1 << ". " << page.url << "  score " << page.evidence.score << "\n"
        << "     title:   " << page.evidence.title << "\n"
        << "     matched: " << Joined(page.evidence.matched) << "\n"
        << "     phones:  " << Joined(page.evidence.phones) << "\n";
  }
  for (const std::string& problem : discovery.problems) out << "  could not read: " << problem << "\n";
  if (discovery.pages_failed > 0)
    out << "  could not read " << discovery.pages_failed << " candidate page"
        << (discovery.pages_failed == 1 ? "" : "s") << " (timeout, error or 4xx/5xx): run again with --only "
        << discovery.target.code << "\n";
}

std::optional<CsvTable> ReadMunicipalitiesCsv(const Site& site, std::ostream& err) {
  const std::filesystem::path path = site.config().root / site.config().municipalities_csv;
  std::ifstream file(path, std::ios::binary);
  std::stringstream bytes;
  bytes << file.rdbuf();
  Diagnostics diagnostics;
  auto table = file ? ReadCsv(bytes.str(), site.config().municipalities_csv, diagnostics) : std::nullopt;
  if (!table)
    err << site.config().municipalities_csv << ":1:1: cannot be read again for the proposed rows — "
        << "was it changed or moved while discover ran?\n";
  return table;
}

// Municipalities without an enindgang_url, or those named by `only`.
std::optional<std::vector<DiscoverTarget>> Targets(const Site& site, const std::vector<std::string>& only,
                                                   std::ostream& err) {
  const auto& municipalities = site.directory().municipalities;
  std::vector<DiscoverTarget> targets;
  bool known = true;
  for (const std::string& code : only) {
    if (site.directory().Find(code)) continue;
    err << "--only " << code << ": no municipality has this code — use the code column of municipalities.csv, "
        << "without a leading zero (\"101\")\n";
    known = false;
  }
  if (!known) return std::nullopt;
  for (const Municipality& m : municipalities) {
    const bool chosen =
        only.empty() ? m.enindgang_url.empty() : std::find(only.begin(), only.end(), m.code) != only.end();
    if (chosen) targets.push_back({m.code, m.name, m.website});
  }
  return targets;
}

}  // namespace

std::vector<Discovery> Discover(const std::vector<DiscoverTarget>& targets, ClientOptions options) {
  options.max_per_host = 1;  // a municipal site is read by one request at a time
  Client client(options);
  std::vector<std::unique_ptr<SiteCrawl>> crawls;
  for (const DiscoverTarget& target : targets) {
    crawls.push_back(std::make_unique<SiteCrawl>(target, client));
    crawls.back()->Start();
  }
  client.Run();
  std::vector<Discovery> discoveries;
  for (const auto& crawl : crawls) discoveries.push_back(crawl->Result());
  return discoveries;
}

void PrintDiscoveries(const std::vector<Discovery>& discoveries, const ProposedRows& rows, std::ostream& out) {
  std::vector<std::string> proposed;
  for (const Discovery& discovery : discoveries) {
    PrintCandidates(discovery, out);
    if (discovery.best.empty()) continue;
    if (auto row = rows.RowWith(discovery.target.code, "enindgang_url", discovery.best.front().url))
      proposed.push_back(*row);
  }
  if (proposed.empty()) {
    out << "\nNothing proposed.\n";
    return;
  }
  out << "\nProposed rows for municipalities.csv, each the best candidate above; confirm each page by hand "
         "before you paste a row (this command never writes the file):\n"
      << rows.Header() << "\n";
  for (const std::string& row : proposed) out << row << "\n";
}

int RunDiscover(const Site& site, const std::vector<std::string>& only, const ClientOptions& options, std::ostream& out,
                std::ostream& err) {
  const auto targets = Targets(site, only, err);
  if (!targets) return 1;
  auto table = ReadMunicipalitiesCsv(site, err);
  if (!table) return 1;
  PrintDiscoveries(Discover(*targets, options), ProposedRows(std::move(*table)), out);
  return 0;
}

}  // namespace enindgang::links
