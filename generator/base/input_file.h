#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "base/input_limits.h"

namespace enindgang {

// Reports why `read` failed, at `where` (the file's name as the user sees it).
void ReportReadFailure(const BoundedRead& read, const SourcePosition& where, const SizeLimit& limit,
                       Diagnostics& diagnostics);

// Reads one source file of the site, bounded by the limit of its kind; every
// failure (missing, not a regular file, too large, unreadable) is reported at `where`.
std::optional<std::string> ReadInput(const std::filesystem::path& path, const SourcePosition& where,
                                     const SizeLimit& limit, Diagnostics& diagnostics);

}  // namespace enindgang
