#include "check/check_stage.h"

#include "base/thread_pool.h"
#include "check/contrast.h"
#include "check/html_structure.h"
#include "check/page_promises.h"
#include "check/resource_url.h"
#include "check/static_files.h"

namespace enindgang {
namespace {

// `promises`: hold each page to the site's promises (off when the theme's
// templates already broke one, which every page would repeat).
std::vector<PageReadability> CheckEachPage(const SiteConfig& config, const std::vector<RenderedPage>& pages,
                                           bool promises, Diagnostics& diagnostics) {
  const std::string origin = SiteOrigin(config.base_url);
  ParallelFor(pages.size(), [&](size_t i, size_t) {
    tinyxml2::XMLDocument document(true, tinyxml2::PRESERVE_WHITESPACE);
    if (!ParsePageAroundBody(pages[i], document, diagnostics)) return;
    CheckHtmlStructure(pages[i], document, diagnostics);
    if (promises) CheckPagePromises(pages[i], document, origin, diagnostics);
  });
  return CheckReadability(config, pages, diagnostics);
}

}  // namespace

CheckReport CheckSite(const Site& site, const RenderedSite& rendered, Diagnostics& diagnostics) {
  CheckReport report;
  const bool templates_broken = CheckTemplatePromises(site.theme(), SiteOrigin(site.config().base_url), diagnostics);
  report.readability = CheckEachPage(site.config(), rendered.pages, !templates_broken, diagnostics);
  CheckStaticFiles(site, rendered, diagnostics);
  CheckThemeContrast(site.theme(), diagnostics);
  return report;
}

std::vector<PageReadability> CheckPages(const SiteConfig& config, const std::vector<RenderedPage>& pages,
                                        Diagnostics& diagnostics) {
  return CheckEachPage(config, pages, true, diagnostics);
}

}  // namespace enindgang
