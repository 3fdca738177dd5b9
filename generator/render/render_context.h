#pragma once
#include <memory>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "model/site.h"
#include "render/assets.h"
#include "render/render_shared.h"
#include "render/template_set.h"
#include "render/ui_strings.h"

namespace enindgang {

// What every page of one site is rendered with besides the page itself: the UI
// strings, the fingerprinted assets (every page names them), the lookup index
// and a TemplateSet per render thread. Made once per build; `serve` keeps it
// beside the Site to render single pages again after an edit, so that they
// come out exactly as the full build made them.
class RenderContext {
 public:
  // Reports problems with the theme's strings and templates; the first
  // template set reports, the others would repeat it.
  RenderContext(const Site& site, Diagnostics& diagnostics);
  RenderContext(const RenderContext&) = delete;
  RenderContext& operator=(const RenderContext&) = delete;

  const Site& site() const { return site_; }
  const RenderShared& shared() const { return shared_; }
  const FingerprintedAssets& assets() const { return assets_; }
  const std::string& lookup_index() const { return lookup_index_; }
  const std::map<std::string, std::string>& village_files() const { return village_files_; }
  // The templates of ParallelFor's worker `worker`: the template engine keeps state while rendering.
  const TemplateSet& templates(size_t worker) const { return *template_sets_[worker]; }

 private:
  const Site& site_;
  std::map<std::string, std::string> village_files_;  // "villages-t.json" → JSON
  std::string lookup_index_;
  UiStrings strings_;
  FingerprintedAssets assets_;
  RenderShared shared_;  // refers to the three above
  std::vector<std::unique_ptr<TemplateSet>> template_sets_;
};

}  // namespace enindgang
