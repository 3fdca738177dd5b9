#pragma once
#include <cstddef>

#include "base/diagnostics.h"
#include "model/site.h"
#include "render/site_renderer.h"

namespace enindgang {

// What the lookup may cost a child on a slow phone connection (issue 4: ≤ 25 KB gzipped).
inline constexpr size_t kLookupBudgetKb = 25;
// What each file fetched later may cost (a village file of the second index).
inline constexpr size_t kLazyFileBudgetKb = 20;

// A warning for each rendered download over its budget.
void CheckSizeBudgets(const Site& site, const RenderedSite& rendered, Diagnostics& diagnostics);

}  // namespace enindgang
