#pragma once
#include <set>
#include <string>

#include "model/site.h"

namespace enindgang {

// Where a link to a page of the site leads from the pages being built. The
// full site links to itself. One municipality's bundle (build --municipality)
// holds only that municipality's local pages, its assets and the root icons,
// so a link to any other page leads to the national site. Every renderer asks
// here when it writes a site link, so the bundle needs no pass over finished
// HTML (such a pass also rewrote an <a href="/..."> shown in a code sample).
class SiteLinks {
 public:
  explicit SiteLinks(const Site& site);

  // "/rettigheder/#x" → itself, or base_url + "/rettigheder/#x" from a bundle
  // without that page. An address not starting with '/' is returned as it is.
  std::string Href(const std::string& link) const;

  // The output paths of the bundle's pages ("kommune/assens/index.html"); empty for the full site.
  const std::set<std::string>& bundled_pages() const { return bundled_pages_; }

 private:
  bool InBundle(const std::string& path) const;

  std::string national_site_;  // base_url; empty for the full site
  std::set<std::string> bundled_pages_;
};

}  // namespace enindgang
