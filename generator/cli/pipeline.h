#pragma once
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/diagnostics.h"
#include "check/check_stage.h"
#include "model/build_options.h"
#include "model/site.h"
#include "render/site_renderer.h"

namespace enindgang {

struct BuildRequest {
  std::filesystem::path source = ".";
  std::filesystem::path out;  // empty: <source>/public
  BuildOptions options;
  std::string theme;  // overrides site.yaml's theme: when set (e.g. a municipality's own theme)
  // Called as each stage starts ("render"), for a progress line on a terminal.
  std::function<void(const std::string& stage)> on_stage;
  bool write = true;  // false: load, render and check only (enindgang check)
};

// Exit statuses, as documented in --help.
enum ExitStatus { kExitOk = 0, kExitInputError = 1, kExitUsage = 2 };

// A site loaded, modelled, rendered and checked in memory, not yet written.
// `enindgang build` writes it, `check` reports on it, `serve` serves it.
struct BuildOutcome {
  Diagnostics diagnostics;
  std::optional<Site> site;  // unset when loading or modelling failed
  RenderedSite rendered;
  CheckReport report;
  std::vector<std::pair<std::string, double>> stage_ms;  // "load" → 12.3
  // What had been found when loading and when rendering ended: all that a build that
  // stops there reports. `serve` reports an edit's problems the way a full build would.
  std::vector<Diagnostic> found_by_load, found_by_render;

  bool ok() const { return site.has_value() && !diagnostics.HasErrors(); }
};

// load → model → render → check. Never throws for bad input: problems are in `diagnostics`.
std::unique_ptr<BuildOutcome> BuildInMemory(const BuildRequest& request);

// The recipe: load → model → render → check → write, a timing line per stage.
// Prints every problem, sorted, to `err`; the summary to `out`.
int RunBuild(const BuildRequest& request, std::ostream& out, std::ostream& err);

}  // namespace enindgang
