#include "cli/pipeline.h"

#include <unistd.h>

#include <chrono>
#include <iostream>
#include <map>
#include <ostream>

#include "base/file_system.h"
#include "check/check_stage.h"
#include "load/content_tree.h"
#include "load/municipality_directory.h"
#include "load/site_config.h"
#include "load/theme_files.h"
#include "model/site.h"
#include "text/dates.h"
#include "text/local_time.h"
#include "render/site_renderer.h"
#include "write/output_paths.h"
#include "write/site_writer.h"

namespace enindgang {
namespace fs = std::filesystem;
namespace {

class StageTimer {
 public:
  void Lap(const std::string& stage) {
    auto now = std::chrono::steady_clock::now();
    laps_.push_back({stage, std::chrono::duration<double, std::milli>(now - last_).count()});
    last_ = now;
  }
  const std::vector<std::pair<std::string, double>>& laps() const { return laps_; }

 private:
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
  std::vector<std::pair<std::string, double>> laps_;
};

void PrintTimes(const std::vector<std::pair<std::string, double>>& laps, std::ostream& out) {
  out << "  time:";
  for (const auto& [stage, ms] : laps) out << " " << stage << " " << static_cast<int>(ms + 0.5) << " ms;";
  out << "\n";
}

int ReportProblems(const Diagnostics& diagnostics, const BuildRequest& request, std::ostream& err) {
  for (const auto& d : diagnostics.Sorted()) err << d.Format() << "\n";
  int errors = static_cast<int>(diagnostics.SortedOf(Severity::kError).size());
  if (errors == 0) return kExitOk;
  err << errors << (errors == 1 ? " error" : " errors") << " found";
  if (request.write) err << "; nothing was written, the previous site is unchanged";
  err << ".\n";
  return kExitInputError;
}

std::optional<SiteInput> Load(const BuildRequest& request, Diagnostics& diagnostics) {
  auto config = LoadSiteConfig(request.source, diagnostics);
  if (!config) return std::nullopt;
  if (!request.theme.empty()) {
    config->theme = request.theme;
    config->theme_where = {"--theme", 0, 0};
  }
  SiteInput input;
  input.content = LoadContentTree(*config, diagnostics);
  auto theme = LoadThemeFiles(*config, diagnostics);
  auto directory = LoadMunicipalityDirectory(request.source / config->municipalities_csv,
                                             request.source / config->postcodes_csv, request.source.string(),
                                             diagnostics);
  if (!theme || !directory) return std::nullopt;
  auto places = LoadSpecialPlaces(request.source / config->special_places_csv, config->special_places_csv,
                                  config->special_places_required, diagnostics);
  if (!places) return std::nullopt;
  directory->special_places = std::move(*places);
  auto streets = LoadStreetRegister(request.source / config->street_register, config->street_register,
                                    config->street_register_required, diagnostics);
  if (!streets) return std::nullopt;
  directory->street_register = std::move(*streets);
  input.config = std::move(*config);
  input.theme = std::move(*theme);
  input.directory = std::move(*directory);
  return input;
}

// An output folder among the sources would be read back in by the next build
// (every page a static file of the next, growing each time).
void RejectOutputInsideInput(const fs::path& out, const SiteConfig& config, Diagnostics& diagnostics) {
  for (const std::string& input : {std::string("content"), config.themes_dir, std::string("templates"),
                                  std::string("assets"), std::string("i18n")}) {
    if (!IsWithin(out, config.root / input)) continue;
    diagnostics.Error({out.generic_string(), 0, 0}, "the output folder is inside " + input + "/, which the build reads",
                      "choose a folder outside the site's sources with --out (the default is public/)");
    return;
  }
}

// What the lookup may cost a child on a slow phone connection (issue: ≤ 25 KB gzipped).
constexpr size_t kLookupBudgetKb = 25;
// What each file fetched later may cost (a village file of the second index).
constexpr size_t kLazyFileBudgetKb = 20;

// `out_dir` is empty when nothing was written (enindgang check).
void PrintSummary(const Site& site, const RenderedSite& rendered, const std::string& out_dir, std::ostream& out) {
  std::map<std::string, int> per_language;
  for (const auto& page : site.pages()) per_language[page.language->code]++;
  if (const Municipality* only = site.directory().Find(site.options().only_municipality)) {
    out << "Built " << only->name << " (" << only->code << "): " << rendered.pages.size()
        << " local pages and the embeddable snippet (embed/) into " << out_dir << "\n";
    return;
  }
  if (out_dir.empty()) out << "Checked " << rendered.pages.size() << " pages; nothing was written\n  content pages:";
  else out << "Built " << rendered.pages.size() << " pages into " << out_dir << "\n  content pages:";
  for (const auto& language : site.config().languages)
    out << " " << language.code << " " << per_language[language.code];
  out << "; municipality pages: " << site.local_pages().size() << "\n";
  for (const auto& held : site.held_back()) out << "  held back: " << held.path << " (" << held.reason << ")\n";
  out << "  lookup (fold.js + lookup.js + index): " << (rendered.lookup_gzip_bytes + 512) / 1024
      << " KB gzipped (budget " << kLookupBudgetKb << " KB)\n";
  if (rendered.village_files)
    out << "  villages, fetched when needed: " << rendered.village_files << " files, the largest "
        << (rendered.village_max_gzip_bytes + 512) / 1024 << " KB gzipped (budget " << kLazyFileBudgetKb << " KB each)\n";
}

void PrintReadability(const CheckReport& report, const SiteConfig& config, std::ostream& out) {
  if (report.readability.empty()) return;
  out << "  LIX of " << config.default_language().code << " pages for children (limit " << config.lix_limit << "):";
  for (const auto& [path, lix] : report.readability) {
    out << "\n    " << path << " " << static_cast<int>(lix.value + 0.5);
  }
  out << "\n";
}

}  // namespace

std::unique_ptr<BuildOutcome> BuildInMemory(const BuildRequest& request) {
  auto outcome = std::make_unique<BuildOutcome>();
  Diagnostics& diagnostics = outcome->diagnostics;
  StageTimer timer;
  auto stage = [&](const char* name) {
    if (request.on_stage) request.on_stage(name);
  };
  stage("load");
  auto input = Load(request, diagnostics);
  timer.Lap("load");
  outcome->found_by_load = diagnostics.Sorted();
  if (!input || diagnostics.HasErrors()) return outcome;

  BuildOptions options = request.options;
  if (!options.now_utc_ms) {
    // --today D alone builds as of the start of D, so a post scheduled for 08:00 on D waits.
    options.now_utc_ms = options.today ? text::LocalToUtcMs({*options.today}) : text::NowUtcMs();
  }
  if (!options.today) options.today = text::DateAt(*options.now_utc_ms);
  stage("model");
  outcome->site = BuildSite(std::move(*input), options, diagnostics);
  timer.Lap("model");
  if (!outcome->site) return outcome;

  stage("render");
  outcome->rendered = RenderSite(*outcome->site, diagnostics);
  RejectSharedOutputPaths(outcome->rendered, diagnostics);
  timer.Lap("render");
  if (outcome->rendered.lookup_gzip_bytes > kLookupBudgetKb * 1024) {
    diagnostics.Warning({"themes/", 0, 0}, "the lookup scripts and index are " +
                        std::to_string(outcome->rendered.lookup_gzip_bytes / 1024) + " KB gzipped, over the budget of " +
                        std::to_string(kLookupBudgetKb) + " KB", "make lookup.js or the index smaller");
  }
  if (outcome->rendered.village_max_gzip_bytes > kLazyFileBudgetKb * 1024) {
    diagnostics.Warning({outcome->site->config().street_register + "/villages.csv", 0, 0},
                        "a village file of the lookup is " + std::to_string(outcome->rendered.village_max_gzip_bytes / 1024) +
                            " KB gzipped, over the budget of " + std::to_string(kLazyFileBudgetKb) + " KB",
                        "split the village files by more than the first letter (model/lookup_index.h VillageChunk)");
  }
  outcome->found_by_render = diagnostics.Sorted();
  if (diagnostics.HasErrors()) return outcome;
  stage("check");
  outcome->report = CheckSite(*outcome->site, outcome->rendered, diagnostics);
  timer.Lap("check");
  outcome->stage_ms = timer.laps();
  return outcome;
}

int RunBuild(const BuildRequest& given, std::ostream& out, std::ostream& err) {
  BuildRequest request = given;
  // On a terminal, one line that says what the build is doing, overwritten as it goes.
  bool terminal = &out == &std::cout && isatty(STDOUT_FILENO);
  if (terminal && !request.on_stage) {
    request.on_stage = [&out](const std::string& stage) { out << "\r  building: " << stage << "…\x1b[K" << std::flush; };
  }
  auto outcome = BuildInMemory(request);
  if (terminal) out << "\r\x1b[K" << std::flush;
  if (!outcome->ok()) return ReportProblems(outcome->diagnostics, request, err);
  fs::path out_dir = request.out.empty() ? request.source / "public" : request.out;
  if (request.write) RejectOutputInsideInput(out_dir, outcome->site->config(), outcome->diagnostics);
  if (outcome->diagnostics.HasErrors()) return ReportProblems(outcome->diagnostics, request, err);
  StageTimer timer;
  if (request.write && !WriteSiteAtomically(out_dir, outcome->rendered, outcome->diagnostics))
    return ReportProblems(outcome->diagnostics, request, err);
  timer.Lap("write");
  ReportProblems(outcome->diagnostics, request, err);  // warnings
  PrintSummary(*outcome->site, outcome->rendered, request.write ? out_dir.generic_string() : "", out);
  PrintReadability(outcome->report, outcome->site->config(), out);
  auto laps = outcome->stage_ms;
  if (request.write) laps.push_back(timer.laps().front());
  PrintTimes(laps, out);
  return kExitOk;
}

}  // namespace enindgang
