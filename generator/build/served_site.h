#pragma once
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "render/rendered_page.h"
#include "render/server_policy.h"  // ContentTypeOf
#include "render/site_renderer.h"

namespace enindgang {

// A site as `serve` sends it, held in memory: output path ("en/ord/index.html")
// → bytes. An edit makes a new ServedSite that shares every file it did not
// change with the old one, so that publishing it costs no copy of the site.
class ServedSite {
 public:
  // Takes the bytes of a full build.
  explicit ServedSite(RenderedSite&& rendered);

  // This site with `pages` in place of the pages at their output paths.
  std::shared_ptr<const ServedSite> With(std::vector<RenderedPage>&& pages) const;

  const std::string* Find(const std::string& path) const;
  // Every output path, sorted.
  std::vector<std::string> Paths() const;
  // Where the search form's query leads (as nginx-http.conf sends it); null if the build had none.
  const NoScriptRoutes* lookup_routes() const { return lookup_routes_.get(); }

 private:
  ServedSite() = default;

  std::shared_ptr<const std::unordered_map<std::string, std::string>> built_;   // by the full build
  std::unordered_map<std::string, std::shared_ptr<const std::string>> edited_;  // rendered again since
  std::shared_ptr<const NoScriptRoutes> lookup_routes_;
};

// Where a request goes, the way the generated nginx.conf sends it.
struct Resolution {
  int status = 200;
  std::string output_path;  // what to send; empty with a redirect or when there is no 404 page
  std::string location;     // for redirects: always a path on this host ("/en/ord/")
};

// `url_path` as requested ("/en/ord/"); `query` is the search form's q parameter.
Resolution Resolve(const ServedSite& site, const std::string& url_path, const std::string& query);

// Pages get the error page while the build is broken; assets keep coming from the last good build.
bool LooksLikePage(const std::string& url_path);

}  // namespace enindgang
