#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "load/site_boundary.h"

namespace enindgang {

// A regular file found below a source folder.
struct SourceFile {
  std::filesystem::path path;  // to open: the walked folder joined with `name`
  std::string name;            // relative to the walked folder, '/'-separated, UTF-8: "billeder/kort.png"
};

// The name with every byte that is not part of valid UTF-8 written as \xHH,
// so that a message about it is valid UTF-8 itself.
std::string PrintableName(std::string_view name);

// Lists the regular files below `folder`, sorted by name. Everything a site
// may not hold is reported at `display` + its name and left out: a link whose
// target is missing, a folder or outside `boundary`; a pipe, socket or device;
// a name that is not UTF-8. Links to folders are not followed (one pointing
// back up would never end). When `folder` itself, links resolved, lies outside
// the boundary, that is reported at `display` and nothing is listed; a missing
// folder lists nothing.
std::vector<SourceFile> ListSourceFiles(const std::filesystem::path& folder, const std::string& display,
                                        const SiteBoundary& boundary, Diagnostics& diagnostics);

}  // namespace enindgang
