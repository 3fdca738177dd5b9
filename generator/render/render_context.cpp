#include "render/render_context.h"

#include "base/thread_pool.h"
#include "render/lookup_json.h"
#include "text/slug.h"

namespace enindgang {
namespace {

// "villages-t.json" → its JSON: the second index, fetched only when the first has no answer.
std::map<std::string, std::string> VillageFiles(const Site& site) {
  std::map<std::string, std::string> files;
  for (auto& [chunk, json] : VillageChunkJson(site.lookup_index()))
    files["villages-" + chunk + ".json"] = std::move(json);
  return files;
}

std::string LookupIndexOf(const Site& site, const std::map<std::string, std::string>& village_files) {
  std::vector<std::string> slugs;
  for (const auto& m : site.directory().municipalities) slugs.push_back(text::Slugify(m.name));
  std::map<std::string, std::string> urls;
  for (const auto& [name, json] : village_files)
    urls[name.substr(9, name.size() - 9 - 5)] = FingerprintedUrl(name, json);  // "villages-t.json" → "t"
  return LookupIndexJson(site.lookup_index(), site.directory(), slugs, urls);
}

std::map<std::string, std::string> GeneratedAssets(const std::string& index,
                                                   std::map<std::string, std::string> villages) {
  villages["lookup-index.json"] = index;
  return villages;
}

}  // namespace

RenderContext::RenderContext(const Site& site, Diagnostics& diagnostics)
    : site_(site),
      village_files_(VillageFiles(site)),
      lookup_index_(LookupIndexOf(site, village_files_)),
      strings_(site.config(), site.theme(), diagnostics),
      assets_(FingerprintAssets(site.theme(), GeneratedAssets(lookup_index_, village_files_))),
      shared_(site, strings_, assets_) {
  Diagnostics ignored;
  for (size_t w = 0; w < WorkerCount(); ++w)
    template_sets_.push_back(std::make_unique<TemplateSet>(site.theme(), w == 0 ? diagnostics : ignored));
}

}  // namespace enindgang
