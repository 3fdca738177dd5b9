#pragma once
#include <functional>
#include <iosfwd>
#include <string>

#include "cli/build_command.h"

namespace enindgang {

// `enindgang check`: builds the site in memory, writes nothing, and reports
// what a campaign or municipal web team needs to know before publishing:
//   - municipalities without an Én indgang URL, or with contact details but
//     no source; rows whose contact details were verified more than
//     contact_max_age_days (site.yaml) before today, in the future, or never
//     (check/contact_age), each a warning at its `verified` field;
//   - per language: pages translated, falling back to Danish, marked
//     needs-review, and UI strings missing compared with the default language;
//   - where street_register/ (CPR's road register) and postcodes.csv or
//     municipalities.csv disagree (check/street_register_check), one line per
//     kind, each disagreement a warning at its row; only with the folder;
//   - LIX (value, words, sentences) of every Danish page for children.
// Human format: plain-text tables within 100 columns on `out`, every problem
// (build and report) on `err`, of the rows never verified and of each kind of
// disagreement with the street register only the first few.
// `json`: one JSON object on `out` with the same facts, "stale_contacts",
// "street_register" (counts and every disagreement), and
// every one of the "errors"/"warnings" as formatted diagnostics.
// Exit status: 1 if the site has errors (a failed build), else 0; gaps in the
// data are warnings, since most municipalities have no Én indgang URL yet.
int RunCheckReport(const BuildRequest& request, bool json, std::ostream& out, std::ostream& err);

// `check --online`: adds what requesting the addresses found (cli/links_command).
using OnlineCheck = std::function<void(const Site& site, Diagnostics& diagnostics)>;

// `enindgang check --release [--links-report FILE]`: the same report, and
// check/release_check's findings on top; its errors (placeholders, a local or
// http base_url, link errors of the report) make the exit status 1.
struct CheckOptions {
  bool json = false;
  bool release = false;
  std::string links_report;  // a `links --json` file; empty: none
  OnlineCheck online;        // set by --online; its errors make the exit status 1
};
int RunCheckReport(const BuildRequest& request, const CheckOptions& options, std::ostream& out, std::ostream& err);

}  // namespace enindgang
