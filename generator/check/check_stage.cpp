#include "check/check_stage.h"

#include "base/thread_pool.h"
#include "check/html_structure.h"

namespace enindgang {

void CheckSite(const Site&, const RenderedSite& rendered, Diagnostics& diagnostics) {
  ParallelFor(rendered.pages.size(), [&](size_t i, size_t) { CheckHtmlStructure(rendered.pages[i], diagnostics); });
}

}  // namespace enindgang
