#pragma once
#include <iosfwd>

#include "cli/pipeline.h"

namespace enindgang {

// `enindgang check`: builds the site in memory, writes nothing, and reports
// what a campaign or municipal web team needs to know before publishing:
//   - municipalities without an Én indgang URL, verified more than 12 months
//     ago or never, or with contact details but no source;
//   - per language: pages translated, falling back to Danish, marked
//     needs-review, and UI strings missing compared with the default language;
//   - LIX (value, words, sentences) of every Danish page for children.
// Human format: plain-text tables within 100 columns on `out`, every problem
// (build and report) on `err`. `json`: one JSON object on `out` with the same
// facts and "errors"/"warnings" as formatted diagnostics.
// Exit status: 1 if the site has errors (a failed build), else 0; gaps in the
// data are warnings, since most municipalities have no Én indgang URL yet.
int RunCheckReport(const BuildRequest& request, bool json, std::ostream& out, std::ostream& err);

}  // namespace enindgang
