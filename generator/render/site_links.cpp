#include "render/site_links.h"

#include "render/assets.h"

namespace enindgang {

SiteLinks::SiteLinks(const Site& site) {
  const Municipality* only = site.directory().Find(site.options().only_municipality);
  if (!only) return;
  national_site_ = site.config().base_url;
  for (const auto& language : site.config().languages)
    if (const LocalPage* local = site.FindLocal(language.code, only->code)) bundled_pages_.insert(local->output_path);
}

// `path` is the link without its fragment: "/assets/style.css", "/en/kommune/assens/".
bool SiteLinks::InBundle(const std::string& path) const {
  std::string file = path.substr(1) + (path.ends_with('/') ? "index.html" : "");
  return path.starts_with("/assets/") || IsRootIcon(path.substr(1)) || bundled_pages_.count(file);
}

std::string SiteLinks::Href(const std::string& link) const {
  if (national_site_.empty() || !link.starts_with('/')) return link;
  return InBundle(link.substr(0, link.find('#'))) ? link : national_site_ + link;
}

}  // namespace enindgang
