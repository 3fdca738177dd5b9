#include "build/recipe.h"

#include <chrono>
#include <exception>

#include "build/site_input.h"
#include "check/size_budgets.h"
#include "text/dates.h"
#include "text/local_time.h"
#include "write/output_folder.h"
#include "write/output_paths.h"
#include "write/site_writer.h"

namespace enindgang {
namespace {

// Milliseconds per stage, for the build's "time:" line.
class StageClock {
 public:
  explicit StageClock(std::vector<std::pair<std::string, double>>& laps) : laps_(laps) {}
  void Lap(const std::string& stage) {
    auto now = std::chrono::steady_clock::now();
    laps_.push_back({stage, std::chrono::duration<double, std::milli>(now - last_).count()});
    last_ = now;
  }

 private:
  std::vector<std::pair<std::string, double>>& laps_;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

// --today D alone builds as of the start of D, so a post scheduled for 08:00 on D waits.
BuildOptions WithClock(BuildOptions options) {
  if (!options.now_utc_ms) options.now_utc_ms = options.today ? text::LocalToUtcMs({*options.today}) : text::NowUtcMs();
  if (!options.today) options.today = text::DateAt(*options.now_utc_ms);
  return options;
}

// load → model → render → check, each stage's findings recorded as it ends.
void RunStages(const BuildRequest& request, BuildOutcome& outcome) {
  Diagnostics& diagnostics = outcome.diagnostics;
  StageClock clock(outcome.stage_ms);
  auto starting = [&](const char* stage) {
    if (request.on_stage) request.on_stage(stage);
  };

  starting("load");
  auto input = LoadSiteInput(request.source, request.theme, diagnostics);
  clock.Lap("load");
  outcome.findings.Record(BuildStage::kLoad, diagnostics);
  if (!input || diagnostics.HasErrors()) return;

  starting("model");
  outcome.site = BuildSite(std::move(*input), WithClock(request.options), diagnostics);
  clock.Lap("model");
  if (!outcome.site) return;

  starting("render");
  outcome.rendered = RenderSite(*outcome.site, diagnostics);
  RejectSharedOutputPaths(outcome.rendered, diagnostics);
  CheckSizeBudgets(*outcome.site, outcome.rendered, diagnostics);
  clock.Lap("render");
  outcome.findings.Record(BuildStage::kRender, diagnostics);
  if (diagnostics.HasErrors()) return;

  starting("check");
  outcome.report = CheckSite(*outcome.site, outcome.rendered, diagnostics);
  clock.Lap("check");
  outcome.findings.Record(BuildStage::kCheck, diagnostics);
}

}  // namespace

std::unique_ptr<BuildOutcome> BuildInMemory(const BuildRequest& request) {
  auto outcome = std::make_unique<BuildOutcome>();
  try {
    RunStages(request, *outcome);
  } catch (const std::exception& e) {
    // Out of memory, or a file deleted while its folder was read: a message and exit 1, not a crash.
    // A worker thread's exception arrives here too (base/thread_pool).
    outcome->diagnostics.Error({request.source.generic_string(), 0, 0}, std::string("the build stopped: ") + e.what(),
                               "run the build again; if this comes back, report it with the steps that led here");
  }
  return outcome;
}

bool WriteBuilt(const BuildRequest& request, BuildOutcome& outcome) {
  StageClock clock(outcome.stage_ms);
  const std::filesystem::path out = request.OutputFolder();
  RejectOutputInsideSources(out, outcome.site->config(), outcome.diagnostics);
  if (outcome.diagnostics.HasErrors()) return false;
  if (!WriteSiteAtomically(out, outcome.rendered, outcome.diagnostics)) return false;
  clock.Lap("write");
  return true;
}

}  // namespace enindgang
