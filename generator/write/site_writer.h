#pragma once
#include <filesystem>

#include "base/diagnostics.h"
#include "render/site_renderer.h"

namespace enindgang {

// Writes the whole site into a temporary folder beside `out`, then swaps it
// into place with one atomic rename (renameat2 RENAME_EXCHANGE). Whatever
// happens before the swap, even a kill, the previous site stays as it was.
bool WriteSiteAtomically(const std::filesystem::path& out, const RenderedSite& site, Diagnostics& diagnostics);

}  // namespace enindgang
