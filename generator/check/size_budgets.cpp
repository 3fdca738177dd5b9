#include "check/size_budgets.h"

#include <string>

namespace enindgang {

void CheckSizeBudgets(const Site& site, const RenderedSite& rendered, Diagnostics& diagnostics) {
  if (rendered.lookup_gzip_bytes > kLookupBudgetKb * 1024) {
    diagnostics.Warning({"themes/", 0, 0},
                        "the lookup scripts and index are " + std::to_string(rendered.lookup_gzip_bytes / 1024) +
                            " KB gzipped, over the budget of " + std::to_string(kLookupBudgetKb) + " KB",
                        "make lookup.js or the index smaller");
  }
  if (rendered.village_max_gzip_bytes > kLazyFileBudgetKb * 1024) {
    diagnostics.Warning({site.config().street_register + "/villages.csv", 0, 0},
                        "a village file of the lookup is " + std::to_string(rendered.village_max_gzip_bytes / 1024) +
                            " KB gzipped, over the budget of " + std::to_string(kLazyFileBudgetKb) + " KB",
                        "split the village files by more than the first letter (model/lookup_index.h VillageChunk)");
  }
}

}  // namespace enindgang
