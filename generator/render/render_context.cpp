#include "render/render_context.h"

#include "base/thread_pool.h"
#include "render/lookup_json.h"
#include "text/slug.h"

namespace enindgang {
namespace {

std::string LookupIndexOf(const Site& site) {
  std::vector<std::string> slugs;
  for (const auto& m : site.directory().municipalities) slugs.push_back(text::Slugify(m.name));
  return LookupIndexJson(site.lookup_index(), site.directory(), slugs);
}

}  // namespace

RenderContext::RenderContext(const Site& site, Diagnostics& diagnostics)
    : site_(site),
      lookup_index_(LookupIndexOf(site)),
      strings_(site.config(), site.theme(), diagnostics),
      assets_(FingerprintAssets(site.theme(), {{"lookup-index.json", lookup_index_}})),
      shared_(site, strings_, assets_) {
  Diagnostics ignored;
  for (size_t w = 0; w < WorkerCount(); ++w)
    template_sets_.push_back(std::make_unique<TemplateSet>(site.theme(), w == 0 ? diagnostics : ignored));
}

}  // namespace enindgang
