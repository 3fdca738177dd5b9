#include "check/check_stage.h"

#include "base/thread_pool.h"
#include "check/contrast.h"
#include "check/html_structure.h"

namespace enindgang {

CheckReport CheckSite(const Site& site, const RenderedSite& rendered, Diagnostics& diagnostics) {
  CheckReport report;
  report.readability = CheckPages(site.config(), rendered.pages, diagnostics);
  CheckThemeContrast(site.theme(), diagnostics);
  return report;
}

std::vector<PageReadability> CheckPages(const SiteConfig& config, const std::vector<RenderedPage>& pages,
                                        Diagnostics& diagnostics) {
  ParallelFor(pages.size(), [&](size_t i, size_t) { CheckHtmlStructure(pages[i], diagnostics); });
  return CheckReadability(config, pages, diagnostics);
}

}  // namespace enindgang
