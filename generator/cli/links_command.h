#pragma once
#include <filesystem>
#include <iosfwd>
#include <set>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "model/site.h"

namespace enindgang {

// `enindgang links`: requests every address of municipalities.csv (and, with
// --content, every external link in the content) and classes each good,
// warning or error, as GOV.UK's local-links-manager does for its councils.
struct LinksRequest {
  std::filesystem::path source = ".";
  std::string json_path;       // --json FILE
  std::string csv_path;        // --csv FILE
  std::set<std::string> only;  // --only CODE…
  bool content = false;
  bool strict = false;
  bool discover = false;
  std::vector<std::string> connect_to;  // HOST:PORT:ADDR:PORT
  std::string ca_file;
  double timeout_seconds = 15;
  double slow_seconds = 5;
  int max_per_host = 4;
};

// Exit 0; 1 with --strict when any address is an error, or when the site
// cannot be loaded; 2 for usage errors (caught by the caller's parser).
int RunLinks(const LinksRequest& request, const char* version, std::ostream& out, std::ostream& err);

// `check --online`: the same checks, each error or warning added to
// `diagnostics` at the address's position.
void AddLinkDiagnostics(const Site& site, const LinksRequest& request, const char* version, Diagnostics& diagnostics,
                        std::ostream& err);

}  // namespace enindgang
