#pragma once
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "links/http_client.h"

namespace enindgang {

// `enindgang links --discover`, as the command line gives it.
struct DiscoverRequest {
  std::filesystem::path source = ".";
  std::vector<std::string> only;  // municipality codes; empty: every one without enindgang_url
  links::ClientOptions client;
};

// Loads the site's data (site.yaml and the CSV files, as a build does) and
// runs links::RunDiscover on it. 1 when the site cannot be loaded.
int RunDiscoverCommand(const DiscoverRequest& request, const std::string& version, std::ostream& out, std::ostream& err);

// The User-Agent every links request sends: the tool, and the site it works for.
std::string LinksUserAgent(const std::string& version, const std::string& base_url);

}  // namespace enindgang
