#include "check/check_stage.h"

#include "base/thread_pool.h"
#include "check/contrast.h"
#include "check/html_structure.h"

namespace enindgang {

CheckReport CheckSite(const Site& site, const RenderedSite& rendered, Diagnostics& diagnostics) {
  ParallelFor(rendered.pages.size(), [&](size_t i, size_t) { CheckHtmlStructure(rendered.pages[i], diagnostics); });
  CheckThemeContrast(site.theme(), diagnostics);
  CheckReport report;
  report.readability = CheckReadability(site.config(), rendered.pages, diagnostics);
  return report;
}

}  // namespace enindgang
