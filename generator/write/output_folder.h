#pragma once
#include <filesystem>

#include "base/diagnostics.h"
#include "load/site_config.h"

namespace enindgang {

// An output folder among the sources would be read back in by the next build
// (every page a static file of the next, growing each time): an error.
void RejectOutputInsideSources(const std::filesystem::path& out, const SiteConfig& config, Diagnostics& diagnostics);

}  // namespace enindgang
