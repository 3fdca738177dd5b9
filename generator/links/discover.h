#pragma once
#include <iosfwd>
#include <string>
#include <vector>

#include "links/http_client.h"
#include "links/page_evidence.h"
#include "model/site.h"

namespace enindgang::links {

// `enindgang links --discover`: for municipalities without an enindgang_url,
// find the page that is most likely their Én indgang page, and say why.

// A municipal site to look through.
struct DiscoverTarget {
  std::string code;
  std::string name;
  std::string website;  // the front page, https://
};

struct ScoredPage {
  std::string url;
  PageEvidence evidence;
};

struct Discovery {
  DiscoverTarget target;
  std::vector<ScoredPage> best;       // at most kProposals, score >= ProposalThreshold(), best first
  int pages_read = 0;                 // candidate pages fetched and scored
  int pages_failed = 0;               // candidate pages that timed out or answered 4xx/5xx
  std::vector<std::string> problems;  // what could not be read, in words
};

// Bounds on the requests made for one municipality.
constexpr size_t kMaxPagesPerSite = 50;
constexpr int kMaxChildSitemaps = 3;
constexpr int kMaxRedirects = 5;
constexpr size_t kProposals = 3;

// Reads robots.txt, the front page and the sitemaps of every target, then the
// most promising pages, one request at a time per host (whatever
// options.max_per_host says), and scores them. In the order of `targets`.
std::vector<Discovery> Discover(const std::vector<DiscoverTarget>& targets, ClientOptions options);

// The report a person reads: each municipality's candidates with evidence,
// then the proposed rows (`rows` renders them; see proposed_row.h).
class ProposedRows;
void PrintDiscoveries(const std::vector<Discovery>& discoveries, const ProposedRows& rows, std::ostream& out);

// The command: targets are the municipalities without enindgang_url, or the
// `only` codes. Never writes municipalities.csv. 0, or 1 when an `only` code
// is unknown or municipalities.csv cannot be read again.
int RunDiscover(const Site& site, const std::vector<std::string>& only, const ClientOptions& options, std::ostream& out,
                std::ostream& err);

}  // namespace enindgang::links
