#pragma once
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/source_position.h"

namespace enindgang {

// The one home of the `enindgang links` report: its classes, its fields, and
// its JSON and CSV forms. `links` writes it; `check --release` reads it back.
//
// Classes as GOV.UK's local-links-manager has them: good (it answers 2xx),
// warning (it works, but a person should look: moved to another host or to
// the front page, http → https, slow, robots.txt forbids checking, an Én
// indgang page that no longer mentions children), error (a child following
// it gets nothing: 4xx, 5xx, DNS, TLS, timeout, redirect loop).
enum class LinkClass { kGood, kWarning, kError };

std::string_view LinkClassName(LinkClass link_class);  // "good", "warning", "error"
std::optional<LinkClass> ParseLinkClass(std::string_view name);

struct LinkResult {
  std::string municipality_code;  // "101"; empty for a link in the content
  std::string column;             // "website", "enindgang_url", … or "content"
  std::string url;                // as written in the source
  SourcePosition where;           // the value in municipalities.csv or the link in content/
  LinkClass link_class = LinkClass::kGood;
  long http_status = 0;                // of the last response; 0 when there was none
  std::string final_url;               // after every redirect
  std::vector<std::string> redirects;  // each Location followed, in order
  double seconds = 0;                  // from the first request to the last byte
  std::string reason;                  // in words: "302 to another host: https://…"
  std::string primary_ip;              // the address the last request connected to
};

// Worst first (error, warning, good), then by municipality code and column.
void SortWorstFirst(std::vector<LinkResult>& results);

// {"generated": "...", "results": [{...}, ...]}; `generated` is an ISO 8601 UTC time.
void WriteLinkReportJson(const std::vector<LinkResult>& results, std::string_view generated, std::ostream& out);
// RFC 4180, a header row, the redirect chain joined by " -> ".
void WriteLinkReportCsv(const std::vector<LinkResult>& results, std::ostream& out);
// Reads a report written by WriteLinkReportJson; problems go to `diagnostics`
// at `path` (a file that is not such a report, a field of the wrong type).
std::optional<std::vector<LinkResult>> ReadLinkReportJson(const std::string& path, Diagnostics& diagnostics);

}  // namespace enindgang
