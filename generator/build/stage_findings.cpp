#include "build/stage_findings.h"

#include <algorithm>

namespace enindgang {

void StageFindings::Record(BuildStage stage, const Diagnostics& found) {
  through_[static_cast<size_t>(stage)] = found.Sorted();
}

const std::vector<Diagnostic>& StageFindings::Through(BuildStage stage) const {
  return through_[static_cast<size_t>(stage)];
}

StageFindings StageFindings::Replacing(const std::set<std::string>& paths,
                                       const std::vector<const Diagnostics*>& found_now) const {
  StageFindings now;
  for (size_t stage = 0; stage < through_.size(); ++stage) {
    Diagnostics all;
    for (const auto& diagnostic : through_[stage])
      if (!paths.count(diagnostic.where.path)) all.Add(diagnostic);
    size_t stages_found = std::min(stage + 1, found_now.size());
    for (size_t i = 0; i < stages_found; ++i) all.Merge(*found_now[i]);
    now.through_[stage] = all.Sorted();
  }
  return now;
}

}  // namespace enindgang
