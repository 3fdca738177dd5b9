#pragma once
#include <array>
#include <set>
#include <string>
#include <vector>

#include "base/diagnostics.h"

namespace enindgang {

// The stages after which a build stops when it has found an error. Modelling
// belongs to render here: a site that cannot be modelled is never served, so
// no rebuild starts from it.
enum class BuildStage { kLoad = 0, kRender = 1, kCheck = 2 };

// What a build had found when each stage ended: all that a build that stops
// there reports. The one stop-and-report rule of the full build (build/recipe)
// and of the incremental rebuild (build/incremental_build), so that `serve`
// reports an edit's problems exactly as `enindgang build` would.
class StageFindings {
 public:
  // Everything found so far, when `stage` ends.
  void Record(BuildStage stage, const Diagnostics& found);

  // What a build that stops after `stage` reports, sorted.
  const std::vector<Diagnostic>& Through(BuildStage stage) const;

  // The findings of a build in which the files `paths` were read again:
  // what was found in them before is dropped, and `found_now[i]` (what
  // stage i found in them now) is added to stage i and every later stage.
  StageFindings Replacing(const std::set<std::string>& paths, const std::vector<const Diagnostics*>& found_now) const;

 private:
  std::array<std::vector<Diagnostic>, 3> through_;
};

}  // namespace enindgang
