#pragma once
#include <vector>

#include "base/diagnostics.h"
#include "check/link_report.h"
#include "model/site.h"

namespace enindgang {

// `enindgang check --release`: what must not go live, each an error at its
// position, and what a person should know before publishing, as warnings.
// Errors: a template placeholder left in content ("[UDFYLDES …]",
// "[INDSÆTTES FØR UDGIVELSE]", by site.yaml's release_placeholder pattern), a
// base_url on localhost, a loopback address or plain http, and every error
// of the last `links` report when one is given.
// Warnings: translations still marked needs-review (one per page, at its
// `translation:` key), and one for all the rows of municipalities.csv with
// contact details that were never verified (98 warnings would bury the rest).
// Pages marked draft are left out: they are not published as they stand.
// Limit: placeholders are looked for in the Markdown body, not in the front
// matter, the theme's UI strings or the CSV files.
void CheckRelease(const Site& site, const std::vector<LinkResult>* link_report, Diagnostics& diagnostics);

// The part of CheckRelease that reads a links report: one error per result
// classed error, at the URL's position in municipalities.csv or content/.
void ReportLinkErrors(const std::vector<LinkResult>& results, Diagnostics& diagnostics);

}  // namespace enindgang
