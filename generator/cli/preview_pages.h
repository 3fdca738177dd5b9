#pragma once
#include <string>

#include "base/diagnostics.h"

namespace enindgang {

// What `serve` adds to the site it previews, under /__enindgang/: the script
// that reloads open pages after a rebuild, and the page that lists the
// problems while the site cannot be built. Never part of a built site.
extern const char* const kReloadScript;  // /__enindgang/reload.js
extern const char* const kErrorCss;      // /__enindgang/error.css

// `html` with the reload script before </body>.
std::string WithReloadScript(std::string html);

// The page every page request gets while the build has errors.
std::string ErrorPage(const Diagnostics& diagnostics);

}  // namespace enindgang
