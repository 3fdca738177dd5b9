#include "cli/app.h"

#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/check_report.h"
#include "cli/links_command.h"
#include "cli/new_command.h"
#include "cli/newsletter_command.h"
#include "cli/build_command.h"
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
  new     start a news post, an activity or a page, as a draft
  links   request every municipal address and class it good, warning or error
  newsletter  write the edition of news and activities as an e-mail (.eml) and its HTML preview

Exit status: 0 success; 1 problems in the site's input, each listed as
path:line:col: error: what is wrong — how to fix it; 2 wrong command-line usage.

Examples:
  enindgang build                                  build ./ into ./public
  enindgang build --municipality 751 --theme min-kommune --out aarhus
  enindgang serve                                  preview at http://127.0.0.1:1313/
  enindgang check --json                           the data and content report for machines
  enindgang new news "Ny kampagne" --lang da
  enindgang links --json links.json                health check of every municipal address)";

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

--release is the step before publishing. It is an error, at its path:line:col,
when a page (any language, drafts left out) still holds a template placeholder:
text matching site.yaml's release_placeholder, an ECMAScript pattern matched per
line, by default a bracketed phrase such as [UDFYLDES: …], [INDSÆTTES FØR
UDGIVELSE], [TJEK FØR UDGIVELSE: …], [TO BE FILLED IN], [ЗАПОВНИТИ], [يُملأ],
[TODO] or [FIXME]; when base_url is on localhost, *.localhost, 127.x, ::1 or
0.0.0.0, or uses http:// instead of https://; and, with --links-report FILE
(written by enindgang links --json), every link the report classes as an error.
It warns about pages still marked translation: needs-review and, in one line,
the municipalities.csv rows with contact details never verified. Exit status 1
when any of those errors (or a build error) is found.

Examples:
  enindgang check
  enindgang check --json > report.json
  enindgang check --release
  enindgang check --release --links-report links.json
  enindgang check --online)";

const char* kLinksFooter = R"(Requests every address in municipalities.csv (website, enindgang_url and
any other column whose value is an http(s) URL) and, with --content, every
external link in the content, with libcurl: a few requests at once, at most
--max-per-host to one host, robots.txt read once per host and obeyed, HEAD
first (GET when a server refuses HEAD; GET always for an enindgang_url, whose
page must still mention children or young people), every redirect followed by
hand and recorded. The User-Agent names the tool and the site's base_url.

Classes, as GOV.UK's local-links-manager has them:
  good     it answers 2xx
  warning  redirects to another host or to the front page, http -> https,
           plain http, slower than --slow, robots.txt disallows checking,
           an enindgang_url page that no longer mentions children
  error    4xx, 5xx, DNS, TLS, timeout, connection refused, redirect loop,
           more than 10 redirects
A table sorted worst first goes to stdout, a progress line to stderr.
--json and --csv carry code, column, URL, class, HTTP status, final URL,
redirect chain, time and reason. A staging copy, or a test, is reached with
--connect-to and --cacert; nothing else changes where requests go.

Exit status: 0; with --strict 1 when any address is an error; 2 for usage.

Examples:
  enindgang links
  enindgang links --json links.json --csv links.csv --strict
  enindgang links --only 101 --only 751 --content
  enindgang links --connect-to www.aarhus.dk:443:127.0.0.1:8443 --cacert ca.pem)";

const char* kServeFooter = R"(Builds the site in memory and serves it; every change to content/, the
themes, site.yaml or the CSV files rebuilds it and reloads the open pages. An
edit to a page's text (its body, glossary terms or translation: status) renders
only that page again; other changes rebuild the whole site. A build error is
shown in the browser with its path:line:col until it is fixed.
/_newsletter/ shows the newsletter's edition as `enindgang newsletter` would
write it now (its HTML part), made again with every full rebuild.
Nothing is written to disk; the reload script exists only here. The preview
shows drafts, so it answers only this computer: requests for
http://127.0.0.1:PORT/, http://localhost:PORT/ or http://[::1]:PORT/, GET and HEAD.

Examples:
  enindgang serve
  enindgang serve --port 8080 --theme min-kommune --drafts)";

const char* kNewsletterFooter = R"(Writes the newsletter's edition ("Børnene Først – NYT") from the same
Markdown as the site: the news posts dated on or after --since (default: 92
days before today) and the activities not yet over, in one language, as an
e-mail (multipart/alternative: plain text and HTML with inline styles, no
script, no image, every link absolute to base_url), ready to send or import,
and its HTML beside it for a preview (FILE.html). The subject is site.yaml's
newsletter_subject and the date; the sender newsletter_from. The edition is
the theme's newsletter.mustache and newsletter_text.mustache.

Examples:
  enindgang newsletter --out nyt-2026-12.eml
  enindgang newsletter --since 2026-09-01 --lang en --out news-2026-12.eml)";

const char* kNewFooter = R"(Creates the file with every front matter key, as a draft (draft: true),
in the language's folder, and says where it is. News posts are named
<today>-<title>.md in content/<lang>/nyheder/; activities <title>.md in
content/<lang>/aktiviteter/, with starts:, ends:, deadline:, place:, online:
and signup_url: (the folder's _index.md with layout: activities lists them,
coming first, and publishes aktiviteter.ics for calendar programs).

Examples:
  enindgang new news "Alle kommuner har en indgang"
  enindgang new news "Every municipality has an entrance" --lang en
  enindgang new activity "Netværksmøde om barnets lov"
  enindgang new page "Dine rettigheder")";

struct Dates {
  std::string today;
  std::string now;
};

void AddSourceOptions(CLI::App& command, BuildRequest& request, Dates& dates) {
  command.add_option("--source,-s", request.source, "the site's folder (holds site.yaml)")
      ->check(CLI::ExistingDirectory);
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
  CLI::App app{
      "enindgang: builds the Én indgang site (help for children, by municipality) from Markdown, "
      "municipalities.csv and a theme."};
  app.footer(kFooter);
  app.set_version_flag("--version", std::string("enindgang ") + version);
  app.require_subcommand(1);

  BuildRequest build;
  Dates dates;
  auto* build_command =
      app.add_subcommand("build", "build the site into a folder, replacing it only when all went well");
  build_command->footer(kBuildFooter);
  AddSourceOptions(*build_command, build, dates);
  build_command->add_option("--out,-o", build.out, "where to write the site (default: <source>/public)");
  build_command->add_option("--municipality,-m", build.options.only_municipality,
                            "build only this municipality's local pages and its embeddable \"Få hjælp\" snippet "
                            "(code from municipalities.csv, e.g. 751)");

  CheckOptions check;
  auto* check_command = app.add_subcommand("check", "report problems in the content and data without writing anything");
  check_command->footer(kCheckFooter);
  AddSourceOptions(*check_command, build, dates);
  check_command->add_flag("--json", check.json, "the report as one JSON object, for machines");
  auto* release_flag = check_command->add_flag(
      "--release", check.release, "fail on what must not go live: placeholders in content, a local or http base_url");
  check_command
      ->add_option("--links-report", check.links_report,
                   "with --release: fail on the errors of this enindgang links --json report")
      ->check(CLI::ExistingFile)
      ->needs(release_flag);
  bool online = false;
  LinksRequest online_links;
  check_command->add_flag("--online", online,
                          "also request every address in municipalities.csv (as `enindgang links`) "
                          "and report its errors and warnings at its position");
  check_command->add_option("--connect-to", online_links.connect_to, "with --online: HOST:PORT:ADDR:PORT, as curl's");
  check_command->add_option("--cacert", online_links.ca_file, "with --online: trust this PEM bundle")
      ->check(CLI::ExistingFile);

  LinksRequest links;
  auto* links_command =
      app.add_subcommand("links", "request every municipal address and class it good, warning or error");
  links_command->footer(kLinksFooter);
  links_command->add_option("--source,-s", links.source, "the site's folder (holds site.yaml)")
      ->check(CLI::ExistingDirectory);
  links_command->add_option("--json", links.json_path, "write the report as JSON to FILE");
  links_command->add_option("--csv", links.csv_path, "write the report as CSV (RFC 4180) to FILE");
  links_command->add_option("--only", links.only, "check only this municipality (code, e.g. 751); repeatable");
  links_command->add_flag("--content", links.content, "also check every http(s) link in the content's Markdown");
  links_command->add_flag("--strict", links.strict, "exit 1 when any address is an error");
  links_command->add_option("--connect-to", links.connect_to,
                            "HOST:PORT:ADDR:PORT: reach HOST:PORT at ADDR:PORT (a staging copy, a test); repeatable");
  links_command->add_option("--cacert", links.ca_file, "trust this PEM bundle instead of the system's")
      ->check(CLI::ExistingFile);
  links_command->add_option("--timeout", links.timeout_seconds, "seconds per request, connect to last byte")
      ->default_val(15)
      ->check(CLI::PositiveNumber);
  links_command->add_option("--slow", links.slow_seconds, "seconds after which an answer is a warning")
      ->default_val(5)
      ->check(CLI::PositiveNumber);
  links_command->add_option("--max-per-host", links.max_per_host, "requests at once to one host")
      ->default_val(4)
      ->check(CLI::Range(1, 16));
  links_command->add_flag("--discover", links.discover,
                          "for municipalities without enindgang_url: propose candidate pages from their sites");

  NewsletterRequest newsletter;
  std::string since;
  auto* newsletter_command =
      app.add_subcommand("newsletter", "write the newsletter's edition of news and activities as an e-mail (.eml)");
  newsletter_command->footer(kNewsletterFooter);
  AddSourceOptions(*newsletter_command, build, dates);
  newsletter_command->add_option("--since", since, "news dated on or after this date (YYYY-MM-DD)");
  newsletter_command->add_option("--lang,-l", newsletter.lang, "the language (default: the site's first language)");
  newsletter_command->add_option("--out,-o", newsletter.out, "the message to write (default: newsletter.eml)");

  ServeRequest serve;
  auto* serve_command = app.add_subcommand("serve", "preview the site on 127.0.0.1 with live reload while you edit");
  serve_command->footer(kServeFooter);
  AddSourceOptions(*serve_command, build, dates);
  serve_command->add_option("--port,-p", serve.port, "the port to serve on (default 1313)");
  serve_command->add_option("--host", serve.host,
                            "the loopback address to listen on (default 127.0.0.1; ::1 and localhost also work)");

  NewRequest make;
  auto* new_command = app.add_subcommand("new", "start a news post, an activity or a page, as a draft");
  new_command->footer(kNewFooter);
  new_command->add_option("kind", make.kind, "what to make")->required()->check(CLI::IsMember(NewKinds()));
  new_command->add_option("title", make.title, "its title, in quotes")->required();
  new_command->add_option("--lang,-l", make.lang, "the language folder (default: the site's first language)");
  new_command->add_option("--source,-s", make.source, "the site's folder (holds site.yaml)")
      ->check(CLI::ExistingDirectory);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (new_command->parsed()) return RunNew(make, std::cout, std::cerr);
  if (!since.empty()) {
    newsletter.since = text::ParseIsoDate(since);
    if (!newsletter.since) {
      std::cerr << "--since " << since << " is not a date — write it as YYYY-MM-DD\n";
      return kExitUsage;
    }
  }
  if (!ApplyDates(dates, build)) return kExitUsage;
  if (links_command->parsed()) return RunLinks(links, version, std::cout, std::cerr);
  if (newsletter_command->parsed()) {
    newsletter.build = build;
    return RunNewsletter(newsletter, std::cout, std::cerr);
  }
  if (check_command->parsed()) {
    if (online) {
      online_links.source = build.source;
      check.online = [&online_links, version](const Site& site, Diagnostics& diagnostics) {
        AddLinkDiagnostics(site, online_links, version, diagnostics, std::cerr);
      };
    }
    return RunCheckReport(build, check, std::cout, std::cerr);
  }
  if (serve_command->parsed()) {
    serve.build = build;
    return RunServe(serve, std::cout, std::cerr);
  }
  return RunBuild(build, std::cout, std::cerr);
}

}  // namespace enindgang
