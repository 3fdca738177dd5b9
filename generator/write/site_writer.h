#pragma once
#include <filesystem>

#include "base/diagnostics.h"
#include "render/site_renderer.h"

namespace enindgang {

// Writes the whole site into a temporary folder beside `out` (or beside the
// folder `out` links to), flushes it to disk, then swaps it into place with one
// atomic rename (renameat2 RENAME_EXCHANGE). Whatever happens before the swap,
// even a kill or a power cut, the previous site stays as it was. Files whose
// bytes did not change are kept from the previous site (hard links: same inode
// and modification time) once their bytes are compared. Text files get a
// precompressed .gz twin for nginx's gzip_static.
bool WriteSiteAtomically(const std::filesystem::path& out, const RenderedSite& site, Diagnostics& diagnostics);

}  // namespace enindgang
