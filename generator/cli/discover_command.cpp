#include "cli/discover_command.h"

#include <ostream>

#include "cli/pipeline.h"
#include "links/discover.h"

namespace enindgang {

std::string LinksUserAgent(const std::string& version, const std::string& base_url) {
  return "enindgang-links/" + version + " (+" + base_url + ")";
}

int RunDiscoverCommand(const DiscoverRequest& request, const std::string& version, std::ostream& out, std::ostream& err) {
  BuildRequest build;
  build.source = request.source;
  build.write = false;
  // A whole build in memory: discover needs only the directory, but the site
  // must load as a build would, so that its rows are the ones published.
  const auto outcome = BuildInMemory(build);
  if (!outcome->site) {
    for (const Diagnostic& diagnostic : outcome->diagnostics.Sorted()) err << diagnostic.Format() << "\n";
    return kExitInputError;
  }
  links::ClientOptions client = request.client;
  if (client.user_agent.empty()) client.user_agent = LinksUserAgent(version, outcome->site->config().base_url);
  return links::RunDiscover(*outcome->site, request.only, client, out, err);
}

}  // namespace enindgang
