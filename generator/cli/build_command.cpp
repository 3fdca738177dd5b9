#include "cli/build_command.h"

#include <unistd.h>

#include <iostream>
#include <map>
#include <ostream>

#include "check/size_budgets.h"

namespace enindgang {
namespace {

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

// `out_dir` is empty when nothing was written.
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
        << (rendered.village_max_gzip_bytes + 512) / 1024 << " KB gzipped (budget " << kLazyFileBudgetKb
        << " KB each)\n";
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

int RunBuild(const BuildRequest& given, std::ostream& out, std::ostream& err) {
  BuildRequest request = given;
  // On a terminal, one line that says what the build is doing, overwritten as it goes.
  bool terminal = &out == &std::cout && isatty(STDOUT_FILENO);
  if (terminal && !request.on_stage) {
    request.on_stage = [&out](const std::string& stage) {
      out << "\r  building: " << stage << "…\x1b[K" << std::flush;
    };
  }
  auto outcome = BuildInMemory(request);
  if (terminal) out << "\r\x1b[K" << std::flush;
  if (!outcome->ok()) return ReportProblems(outcome->diagnostics, request, err);
  if (request.write && !WriteBuilt(request, *outcome)) return ReportProblems(outcome->diagnostics, request, err);
  ReportProblems(outcome->diagnostics, request, err);  // warnings
  PrintSummary(*outcome->site, outcome->rendered, request.write ? request.OutputFolder().generic_string() : "", out);
  PrintReadability(outcome->report, outcome->site->config(), out);
  PrintTimes(outcome->stage_ms, out);
  return kExitOk;
}

}  // namespace enindgang
