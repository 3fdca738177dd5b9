#include "cli/app.h"

#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/pipeline.h"
#include "text/dates.h"

namespace enindgang {
namespace {

const char* kFooter = R"(Exit status: 0 success, 1 problems in the site's input (all listed as
path:line:col: error: what is wrong — how to fix it), 2 wrong command-line usage.

Examples:
  enindgang build                       build ./ into ./public
  enindgang build --source site --out /srv/www
  enindgang check                       report problems without writing anything)";

void AddSourceOptions(CLI::App& command, BuildRequest& request, std::string& today) {
  command.add_option("--source,-s", request.source, "the site's folder (holds site.yaml)")->check(CLI::ExistingDirectory);
  command.add_flag("--drafts", request.options.include_drafts, "include pages marked draft: true");
  command.add_flag("--future", request.options.include_future, "include pages dated in the future");
  command.add_option("--today", today, "the date to build as (YYYY-MM-DD), for scheduled posts");
}

bool ApplyToday(const std::string& today, BuildRequest& request) {
  if (today.empty()) return true;
  request.options.today = text::ParseIsoDate(today);
  if (request.options.today) return true;
  std::cerr << "--today " << today << " is not a date — write it as YYYY-MM-DD\n";
  return false;
}

}  // namespace

int RunApp(int argc, char** argv, const char* version) {
  CLI::App app{"enindgang: builds the Én indgang site (help for children, by municipality) from Markdown, "
               "municipalities.csv and a theme."};
  app.footer(kFooter);
  app.set_version_flag("--version", std::string("enindgang ") + version);
  app.require_subcommand(1);

  BuildRequest build;
  std::string today;
  auto* build_command = app.add_subcommand("build", "build the site into a folder, replacing it only when all went well");
  AddSourceOptions(*build_command, build, today);
  build_command->add_option("--out,-o", build.out, "where to write the site (default: <source>/public)");
  build_command->add_option("--municipality,-m", build.options.only_municipality,
                            "build only this municipality's local pages and its embeddable \"Få hjælp\" snippet "
                            "(code from municipalities.csv, e.g. 751)");
  build_command->add_option("--theme", build.theme, "use this theme instead of site.yaml's (e.g. your municipality's)");

  auto* check_command = app.add_subcommand("check", "load, render and check the site without writing it");
  AddSourceOptions(*check_command, build, today);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (!ApplyToday(today, build)) return kExitUsage;
  build.write = build_command->parsed();
  return RunBuild(build, std::cout, std::cerr);
}

}  // namespace enindgang
