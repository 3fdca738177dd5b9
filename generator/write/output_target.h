#pragma once
#include <filesystem>
#include <optional>

#include "base/diagnostics.h"

namespace enindgang {

// The folder a build into `out` replaces: absolute, and when `out` is a
// symlink, the folder it leads to (the link itself stays, the staging folder
// goes beside that folder). nullopt, with a message at `out`, when replacing it
// could destroy something: a link to nothing, a file, or a folder holding files
// that no build wrote (`--out .` in the site's folder, or `--out ~`).
std::optional<std::filesystem::path> OutputTarget(const std::filesystem::path& out, Diagnostics& diagnostics);

}  // namespace enindgang
