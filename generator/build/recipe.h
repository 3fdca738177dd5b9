#pragma once
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/diagnostics.h"
#include "build/stage_findings.h"
#include "check/check_stage.h"
#include "model/build_options.h"
#include "model/site.h"
#include "render/site_renderer.h"

namespace enindgang {

// What to build: the same for `build`, `check`, `serve`, `links` and the tests.
struct BuildRequest {
  std::filesystem::path source = ".";
  std::filesystem::path out;  // empty: <source>/public
  BuildOptions options;
  std::string theme;  // overrides site.yaml's theme: when set (e.g. a municipality's own theme)
  // Called as each stage starts ("render"), for a progress line on a terminal.
  std::function<void(const std::string& stage)> on_stage;
  bool write = true;  // false: load, render and check only (enindgang check)

  std::filesystem::path OutputFolder() const { return out.empty() ? source / "public" : out; }
};

// A site loaded, modelled, rendered and checked in memory, not yet written.
// `enindgang build` writes it, `check` reports on it, `serve` serves it.
struct BuildOutcome {
  Diagnostics diagnostics;
  std::optional<Site> site;  // unset when loading or modelling failed
  RenderedSite rendered;
  CheckReport report;
  std::vector<std::pair<std::string, double>> stage_ms;  // "load" → 12.3
  // What had been found as each stage ended, for a rebuild that must report as this build would.
  StageFindings findings;

  bool ok() const { return site.has_value() && !diagnostics.HasErrors(); }
};

// The recipe, in the manner of Zola's Site::build: load → model → render →
// check, stopping after the first stage that finds an error. Never throws for
// bad input: problems are in the outcome's `diagnostics`.
std::unique_ptr<BuildOutcome> BuildInMemory(const BuildRequest& request);

// The write stage for an ok() outcome: refuses an output folder among the
// sources, then replaces the output folder in one step (write/site_writer).
// False, with the reason in outcome.diagnostics, when nothing was written.
bool WriteBuilt(const BuildRequest& request, BuildOutcome& outcome);

}  // namespace enindgang
