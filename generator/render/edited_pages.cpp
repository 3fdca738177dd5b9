#include "render/edited_pages.h"

#include "base/thread_pool.h"
#include "render/content_page.h"
#include "render/local_page_renderer.h"

namespace enindgang {

std::vector<RenderedPage> RenderEditedPages(const RenderContext& context, const std::vector<SourceEdit>& edits,
                                            Diagnostics& diagnostics) {
  const Site& site = context.site();
  const RenderShared& shared = context.shared();
  // Copies of the site's pages that read the edited file; the site itself stays as built.
  std::vector<Page> pages;
  std::vector<LocalPage> local_pages;
  for (const auto& edit : edits) {
    for (const auto& language : site.config().languages) {
      const Page* page = site.Find(language.code, edit.built->key);
      if (!page || page->source != edit.built) continue;  // a translation of its own, or held back
      pages.push_back(*page);
      pages.back().source = edit.edited;
    }
    if (!edit.built->key.starts_with(kLocalTextFolder)) continue;
    for (const auto& local : site.local_pages()) {
      if (local.local_text != edit.built) continue;
      local_pages.push_back(local);
      local_pages.back().local_text = edit.edited;
    }
  }
  std::vector<RenderedPage> rendered(pages.size() + local_pages.size());
  ParallelFor(rendered.size(), [&](size_t i, size_t worker) {
    const TemplateSet& templates = context.templates(worker);
    rendered[i] = i < pages.size() ? RenderContentPage(shared, pages[i], templates, diagnostics)
                                   : RenderLocalPage(shared, local_pages[i - pages.size()], templates, diagnostics);
  });
  return rendered;
}

}  // namespace enindgang
