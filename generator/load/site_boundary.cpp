#include "load/site_boundary.h"

namespace enindgang {
namespace fs = std::filesystem;

SiteBoundary::SiteBoundary(const SiteConfig& config) {
  for (const fs::path& root : {config.root, config.root / config.themes_dir}) {
    std::error_code ec;
    fs::path resolved = fs::canonical(root, ec);
    if (!ec) roots_.push_back(std::move(resolved));
  }
}

bool SiteBoundary::Contains(const fs::path& path) const {
  std::error_code ec;
  const fs::path resolved = fs::canonical(path, ec);
  if (ec) return false;
  for (const auto& root : roots_) {
    const fs::path rel = resolved.lexically_relative(root);
    if (!rel.empty() && *rel.begin() != "..") return true;
  }
  return false;
}

}  // namespace enindgang
