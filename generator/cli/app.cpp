#include "cli/app.h"

#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/check_report.h"
#include "cli/discover_command.h"
#include "cli/new_command.h"
#include "cli/pipeline.h"
#include "cli/serve_command.h"
#include "text/dates.h"
#include "text/local_time.h"

namespace enindgang {
namespace {

// The help of every command is also its man page (help2man), so it says
// what the command is for and shows examples.
const char* kFooter = R"(Commands:
  build   write the site (or one municipality's bundle) into a folder
  serve   preview the site with live reload while you edit
  check   report problems in the content and data without writing anything
  new     start a news post or a page, as a draft
  links   find each municipality's Én indgang page (--discover)

Exit status: 0 success; 1 problems in the site's input, each listed as
path:line:col: error: what is wrong — how to fix it; 2 wrong command-line usage.

Examples:
  enindgang build                                  build ./ into ./public
  enindgang build --municipality 751 --theme min-kommune --out aarhus
  enindgang serve                                  preview at http://127.0.0.1:1313/
  enindgang check --json                           the data and content report for machines
  enindgang new news "Ny kampagne" --lang da)";

const char* kBuildFooter = R"(Everything is built in memory and checked first; the output folder is
replaced in one atomic rename only when there is no error, so a failed build
leaves the previous site exactly as it was. Unchanged files keep their time.

Examples:
  enindgang build
  enindgang build --source site --out /srv/www/public
  enindgang build --municipality 751 --theme min-kommune --out aarhus
  enindgang build --drafts --future --out preview)";

const char* kCheckFooter = R"(Reports, without writing a site: municipalities without an Én indgang
URL, contact details never verified or verified more than contact_max_age_days
(site.yaml, default 180) before --today, contact fields without a source,
translation coverage per language (pages and UI strings), LIX per Danish page,
and every error the build would stop on. Exit status 1 when there are errors.

Examples:
  enindgang check
  enindgang check --json > report.json)";

const char* kServeFooter = R"(Builds the site in memory and serves it; every change to content/, the
themes, site.yaml or the CSV files rebuilds it and reloads the open pages. An
edit to a page's text (its body, glossary terms or translation: status) renders
only that page again; other changes rebuild the whole site. A build error is
shown in the browser with its path:line:col until it is fixed.
Nothing is written to disk; the reload script exists only here. The preview
shows drafts, so it answers only this computer: requests for
http://127.0.0.1:PORT/, http://localhost:PORT/ or http://[::1]:PORT/, GET and HEAD.

Examples:
  enindgang serve
  enindgang serve --port 8080 --theme min-kommune --drafts)";

const char* kNewFooter = R"(Creates the file with every front matter key, as a draft (draft: true),
in the language's folder, and says where it is. News posts are named
<today>-<title>.md in content/<lang>/nyheder/.

Examples:
  enindgang new news "Alle kommuner har en indgang"
  enindgang new news "Every municipality has an entrance" --lang en
  enindgang new page "Dine rettigheder")";

const char* kLinksFooter = R"(--discover: for each municipality without an enindgang_url (or the --only
codes), reads robots.txt, the front page and the sitemaps of its website, then
at most 50 of its most promising pages, one request at a time per host, and
prints the best candidates with their evidence (score, title, the words matched,
the phone numbers seen) and a proposed municipalities.csv row for each. A
person confirms each page before pasting a row: the file is never written.
--connect-to and --cacert reach a staging copy or a test server instead.

Examples:
  enindgang links --discover
  enindgang links --discover --only 410 187
  enindgang links --discover --connect-to :443:127.0.0.1:8443 --cacert ca.pem)";

struct Dates {
  std::string today;
  std::string now;
};

void AddSourceOptions(CLI::App& command, BuildRequest& request, Dates& dates) {
  command.add_option("--source,-s", request.source, "the site's folder (holds site.yaml)")->check(CLI::ExistingDirectory);
  command.add_option("--theme", request.theme, "use this theme instead of site.yaml's (e.g. your municipality's)");
  command.add_flag("--drafts", request.options.include_drafts, "include pages marked draft: true");
  command.add_flag("--future", request.options.include_future, "include pages dated or scheduled in the future");
  command.add_flag("--expired", request.options.include_expired, "include pages past their expires: time");
  command.add_option("--today", dates.today, "build as of this date (YYYY-MM-DD), for dated and scheduled posts");
  command.add_option("--now", dates.now, "build as of this Danish time (\"YYYY-MM-DD HH:MM\"), for publish/expires");
}

bool ApplyDates(const Dates& dates, BuildRequest& request) {
  if (!dates.today.empty()) {
    request.options.today = text::ParseIsoDate(dates.today);
    if (!request.options.today) {
      std::cerr << "--today " << dates.today << " is not a date — write it as YYYY-MM-DD\n";
      return false;
    }
  }
  if (!dates.now.empty()) {
    auto local = text::ParseLocalDateTime(dates.now);
    if (!local) {
      std::cerr << "--now " << dates.now << " is not a time — write it as \"YYYY-MM-DD HH:MM\" (Danish time)\n";
      return false;
    }
    request.options.now_utc_ms = text::LocalToUtcMs(*local);
  }
  return true;
}

}  // namespace

int RunApp(int argc, char** argv, const char* version) {
  CLI::App app{"enindgang: builds the Én indgang site (help for children, by municipality) from Markdown, "
               "municipalities.csv and a theme."};
  app.footer(kFooter);
  app.set_version_flag("--version", std::string("enindgang ") + version);
  app.require_subcommand(1);

  BuildRequest build;
  Dates dates;
  auto* build_command = app.add_subcommand("build", "build the site into a folder, replacing it only when all went well");
  build_command->footer(kBuildFooter);
  AddSourceOptions(*build_command, build, dates);
  build_command->add_option("--out,-o", build.out, "where to write the site (default: <source>/public)");
  build_command->add_option("--municipality,-m", build.options.only_municipality,
                            "build only this municipality's local pages and its embeddable \"Få hjælp\" snippet "
                            "(code from municipalities.csv, e.g. 751)");

  bool json = false;
  auto* check_command = app.add_subcommand("check", "report problems in the content and data without writing anything");
  check_command->footer(kCheckFooter);
  AddSourceOptions(*check_command, build, dates);
  check_command->add_flag("--json", json, "the report as one JSON object, for machines");

  ServeRequest serve;
  auto* serve_command = app.add_subcommand("serve", "preview the site on 127.0.0.1 with live reload while you edit");
  serve_command->footer(kServeFooter);
  AddSourceOptions(*serve_command, build, dates);
  serve_command->add_option("--port,-p", serve.port, "the port to serve on (default 1313)");
  serve_command->add_option("--host", serve.host, "the loopback address to listen on (default 127.0.0.1; ::1 and localhost also work)");

  NewRequest make;
  auto* new_command = app.add_subcommand("new", "start a news post or a page, as a draft");
  new_command->footer(kNewFooter);
  new_command->add_option("kind", make.kind, "what to make")->required()->check(CLI::IsMember(NewKinds()));
  new_command->add_option("title", make.title, "its title, in quotes")->required();
  new_command->add_option("--lang,-l", make.lang, "the language folder (default: the site's first language)");
  new_command->add_option("--source,-s", make.source, "the site's folder (holds site.yaml)")->check(CLI::ExistingDirectory);

  DiscoverRequest discover;
  bool discover_flag = false;
  double timeout_seconds = 15;
  double slow_seconds = 5;
  auto* links_command = app.add_subcommand("links", "find each municipality's Én indgang page on its website");
  links_command->footer(kLinksFooter);
  links_command->add_option("--source,-s", discover.source, "the site's folder (holds site.yaml)")->check(CLI::ExistingDirectory);
  links_command->add_flag("--discover", discover_flag, "look for the Én indgang page of municipalities without one")->required();
  links_command->add_option("--only", discover.only, "only these municipality codes (e.g. 410 187)");
  links_command->add_option("--connect-to", discover.client.connect_to, "HOST:PORT:ADDR:PORT, as curl's --connect-to");
  links_command->add_option("--cacert", discover.client.ca_file, "trust this PEM file's certificates instead of the system's")
      ->check(CLI::ExistingFile);
  links_command->add_option("--timeout", timeout_seconds, "seconds per request (default 15)");
  links_command->add_option("--slow", slow_seconds, "seconds after which the address check calls a page slow (default 5)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (new_command->parsed()) return RunNew(make, std::cout, std::cerr);
  if (links_command->parsed()) {
    discover.client.timeout = std::chrono::milliseconds(static_cast<long>(timeout_seconds * 1000));
    return RunDiscoverCommand(discover, version, std::cout, std::cerr);
  }
  if (!ApplyDates(dates, build)) return kExitUsage;
  if (check_command->parsed()) return RunCheckReport(build, json, std::cout, std::cerr);
  if (serve_command->parsed()) {
    serve.build = build;
    return RunServe(serve, std::cout, std::cerr);
  }
  return RunBuild(build, std::cout, std::cerr);
}

}  // namespace enindgang
