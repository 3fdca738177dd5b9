#include "cli/links_command.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "cli/build_command.h"
#include "links/discover.h"
#include "links/link_checker.h"
#include "links/link_targets.h"

namespace enindgang {
namespace {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string NowUtcIso() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

std::vector<links::LinkTarget> Targets(const Site& site, const LinksRequest& request, Diagnostics& diagnostics) {
  const SiteConfig& config = site.config();
  std::string csv = ReadFile(config.root / config.municipalities_csv);
  auto targets = links::MunicipalityTargets(csv, config.municipalities_csv, request.only, diagnostics);
  if (request.content) {
    auto more = links::ContentTargets(site.content());
    targets.insert(targets.end(), more.begin(), more.end());
  }
  return targets;
}

links::CheckerOptions Options(const Site& site, const LinksRequest& request, const char* version, std::ostream& err) {
  links::CheckerOptions options;
  options.client.user_agent = std::string("enindgang-links/") + version + " (+" + site.config().base_url + ")";
  options.client.connect_to = request.connect_to;
  options.client.ca_file = request.ca_file;
  options.client.timeout = std::chrono::milliseconds(static_cast<long>(request.timeout_seconds * 1000));
  options.client.connect_timeout = std::min(options.client.timeout, std::chrono::milliseconds(5000));
  options.client.max_per_host = request.max_per_host;
  options.slow_seconds = request.slow_seconds;
  // On a terminal the line is rewritten in place; in a log, one line at the end.
  bool terminal = &err == &std::cerr && isatty(STDERR_FILENO);
  options.on_progress = [&err, terminal](size_t done, size_t total) {
    if (terminal) err << "\rchecked " << done << " of " << total << std::flush;
    if (done == total)
      err << (terminal ? "\n" : "checked " + std::to_string(done) + " of " + std::to_string(total) + "\n");
  };
  return options;
}

// Cuts `text` to `width` code points, with "…" when it was longer.
std::string Fit(const std::string& text, size_t width) {
  size_t points = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (++points > width) return text.substr(0, i) + "…";
  }
  return text;
}

std::string Pad(const std::string& text, size_t width) {
  std::string fitted = Fit(text, width - 2);  // and room for its "…" and one space
  size_t points = 0;
  for (unsigned char c : fitted) points += (c & 0xC0) != 0x80;
  return fitted + std::string(width > points ? width - points : 1, ' ');
}

// class, code, name, column, status, reason, URL; 100 columns in all.
void PrintTable(const std::vector<LinkResult>& results, const std::map<std::string, std::string>& names,
                std::ostream& out) {
  out << Pad("class", 8) << Pad("code", 6) << Pad("name", 12) << Pad("column", 15) << Pad("http", 6)
      << Pad("reason", 27) << "url\n";
  int good = 0, warnings = 0, errors = 0;
  for (const LinkResult& r : results) {
    auto name = names.find(r.municipality_code);
    out << Pad(std::string(LinkClassName(r.link_class)), 8) << Pad(r.municipality_code, 6)
        << Pad(name == names.end() ? "" : name->second, 12) << Pad(r.column, 15)
        << Pad(r.http_status ? std::to_string(r.http_status) : "-", 6) << Pad(r.reason.empty() ? "-" : r.reason, 27)
        << Fit(r.url, 25) << "\n";
    good += r.link_class == LinkClass::kGood;
    warnings += r.link_class == LinkClass::kWarning;
    errors += r.link_class == LinkClass::kError;
  }
  out << good << " good, " << warnings << (warnings == 1 ? " warning, " : " warnings, ") << errors
      << (errors == 1 ? " error" : " errors") << "\n";
}

bool WriteReports(const std::vector<LinkResult>& results, const LinksRequest& request, std::ostream& err) {
  bool ok = true;
  if (!request.json_path.empty()) {
    std::ofstream json(request.json_path, std::ios::binary);
    WriteLinkReportJson(results, NowUtcIso(), json);
    if (!json) err << request.json_path << ": cannot write the JSON report — check that its folder exists\n";
    ok = ok && bool(json);
  }
  if (!request.csv_path.empty()) {
    std::ofstream csv(request.csv_path, std::ios::binary);
    WriteLinkReportCsv(results, csv);
    if (!csv) err << request.csv_path << ": cannot write the CSV report — check that its folder exists\n";
    ok = ok && bool(csv);
  }
  return ok;
}

std::unique_ptr<BuildOutcome> LoadSite(const LinksRequest& request) {
  BuildRequest build;
  build.source = request.source;
  build.write = false;
  return BuildInMemory(build);
}

}  // namespace

int RunLinks(const LinksRequest& request, const char* version, std::ostream& out, std::ostream& err) {
  auto outcome = LoadSite(request);
  if (!outcome->site) {
    for (const auto& d : outcome->diagnostics.Sorted()) err << d.Format() << "\n";
    return kExitInputError;
  }
  const Site& site = *outcome->site;
  if (request.discover) {
    const std::vector<std::string> only(request.only.begin(), request.only.end());
    return links::RunDiscover(site, only, Options(site, request, version, err).client, out, err);
  }
  Diagnostics diagnostics;
  auto targets = Targets(site, request, diagnostics);
  for (const auto& d : diagnostics.Sorted()) err << d.Format() << "\n";
  std::map<std::string, std::string> names;
  for (const auto& target : targets) names[target.municipality_code] = target.municipality_name;

  auto results = links::CheckLinks(targets, Options(site, request, version, err));
  SortWorstFirst(results);
  PrintTable(results, names, out);
  bool written = WriteReports(results, request, err);
  bool any_error = false;
  for (const auto& r : results) any_error = any_error || r.link_class == LinkClass::kError;
  if (!written || diagnostics.HasErrors()) return kExitInputError;
  return request.strict && any_error ? kExitInputError : kExitOk;
}

void AddLinkDiagnostics(const Site& site, const LinksRequest& request, const char* version, Diagnostics& diagnostics,
                        std::ostream& err) {
  auto targets = Targets(site, request, diagnostics);
  for (const LinkResult& r : links::CheckLinks(targets, Options(site, request, version, err))) {
    if (r.link_class == LinkClass::kGood) continue;
    std::string message = r.column + " " + r.url + ": " + r.reason;
    std::string hint = r.link_class == LinkClass::kError
                           ? "correct the address or ask the municipality where the page went"
                           : "look at the page and update the address if it moved";
    if (r.link_class == LinkClass::kError) diagnostics.Error(r.where, message, hint);
    else diagnostics.Warning(r.where, message, hint);
  }
}

}  // namespace enindgang
