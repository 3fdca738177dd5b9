#include "render/site_renderer.h"

#include <memory>

#include "base/file_system.h"
#include "base/thread_pool.h"
#include "render/assets.h"
#include "render/content_page.h"
#include "render/local_page_renderer.h"
#include "render/not_found_page.h"
#include "render/sitemap.h"

namespace enindgang {
namespace {

// Each render thread parses the templates once for itself: the template
// engine keeps state while rendering.
std::vector<std::unique_ptr<TemplateSet>> TemplateSetsPerWorker(const ThemeFiles& theme, Diagnostics& diagnostics) {
  std::vector<std::unique_ptr<TemplateSet>> sets;
  Diagnostics ignored;  // the first set reports; the others would repeat it
  for (size_t w = 0; w < WorkerCount(); ++w)
    sets.push_back(std::make_unique<TemplateSet>(theme, w == 0 ? diagnostics : ignored));
  return sets;
}

void AddStaticFiles(const Site& site, OutputFiles& files, Diagnostics& diagnostics) {
  for (const auto& file : site.content().static_files) {
    auto bytes = ReadFile(file.source);
    if (!bytes) {
      diagnostics.Error({RelativeName(file.source, site.config().root), 0, 0}, "cannot read the file", "");
      continue;
    }
    files.push_back({file.output_path, std::move(*bytes)});
  }
}

}  // namespace

RenderedSite RenderSite(const Site& site, Diagnostics& diagnostics) {
  RenderedSite result;
  int errors_before = diagnostics.ErrorCount();
  CheckPartials(site.theme(), diagnostics);
  UiStrings strings(site.config(), site.theme(), diagnostics);
  FingerprintedAssets assets = FingerprintAssets(site.theme());
  RenderShared shared{site, strings, assets};
  auto template_sets = TemplateSetsPerWorker(site.theme(), diagnostics);
  // A broken theme would fail every page the same way: report the theme only.
  if (diagnostics.ErrorCount() > errors_before) return result;

  const auto& pages = site.pages();
  const auto& locals = site.local_pages();
  const auto& languages = site.config().languages;
  size_t total = pages.size() + locals.size() + languages.size();
  result.pages.resize(total);
  ParallelFor(total, [&](size_t i, size_t worker) {
    const TemplateSet& templates = *template_sets[worker];
    if (i < pages.size()) {
      result.pages[i] = RenderContentPage(shared, pages[i], templates, diagnostics);
    } else if (i < pages.size() + locals.size()) {
      result.pages[i] = RenderLocalPage(shared, locals[i - pages.size()], templates, diagnostics);
    } else {
      result.pages[i] = RenderNotFoundPage(shared, languages[i - pages.size() - locals.size()], templates, diagnostics);
    }
  });

  result.files = std::move(assets.files);
  result.files.push_back({"sitemap.xml", RenderSitemap(site)});
  result.files.push_back({"robots.txt", RenderRobots(site)});
  AddStaticFiles(site, result.files, diagnostics);
  return result;
}

}  // namespace enindgang
