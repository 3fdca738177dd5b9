#pragma once
#include <functional>
#include <iosfwd>

#include "cli/pipeline.h"

namespace enindgang {

// `enindgang check`: builds the site in memory, writes nothing, and reports
// what a campaign or municipal web team needs to know before publishing:
//   - municipalities without an Én indgang URL, or with contact details but
//     no source; rows whose contact details were verified more than
//     contact_max_age_days (site.yaml) before today, in the future, or never
//     (check/contact_age), each a warning at its `verified` field;
//   - per language: pages translated, falling back to Danish, marked
//     needs-review, and UI strings missing compared with the default language;
//   - LIX (value, words, sentences) of every Danish page for children.
// Human format: plain-text tables within 100 columns on `out`, every problem
// (build and report) on `err`, of the rows never verified only the first few.
// `json`: one JSON object on `out` with the same facts, "stale_contacts", and
// every one of the "errors"/"warnings" as formatted diagnostics.
// Exit status: 1 if the site has errors (a failed build), else 0; gaps in the
// data are warnings, since most municipalities have no Én indgang URL yet.
// `online`, when set (check --online), adds what requesting the addresses found.
using OnlineCheck = std::function<void(const Site& site, Diagnostics& diagnostics)>;
int RunCheckReport(const BuildRequest& request, bool json, std::ostream& out, std::ostream& err,
                   const OnlineCheck& online = {});

}  // namespace enindgang
