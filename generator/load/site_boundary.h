#pragma once
#include <filesystem>
#include <vector>

#include "load/site_config.h"

namespace enindgang {

// What "inside the site" means for a symbolic link: its target, links
// resolved, lies in the --source folder or in the themes folder site.yaml
// names (themes_dir, which may be a shared checkout elsewhere, or a link to
// one). Both are resolved once; a link that leads anywhere else would publish
// a file of the build machine.
class SiteBoundary {
 public:
  explicit SiteBoundary(const SiteConfig& config);

  // True when `path`, every link in it resolved, exists and lies inside.
  bool Contains(const std::filesystem::path& path) const;

 private:
  std::vector<std::filesystem::path> roots_;
};

}  // namespace enindgang
