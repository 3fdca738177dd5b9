#pragma once
#include <iosfwd>

#include "cli/preview_server.h"

namespace enindgang {

// `enindgang serve`: a live preview of the site. Serves it from memory,
// rebuilds on every change and reloads the open pages; blocks until SIGINT
// or SIGTERM and then returns kExitOk. Returns kExitUsage when the server
// cannot start (the port is taken).
int RunServe(const ServeRequest& request, std::ostream& out, std::ostream& err);

}  // namespace enindgang
