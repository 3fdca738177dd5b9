#include "cli/preview_server.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <cstdio>
#include <ostream>

#include "cli/bounded_server.h"
#include "cli/file_watcher.h"
#include "build/incremental_build.h"
#include "cli/loopback.h"
#include "cli/preview_pages.h"
#include "build/served_site.h"
#include "load/site_config.h"
#include "render/newsletter.h"
#include "render/server_policy.h"

namespace enindgang {
namespace fs = std::filesystem;

struct PreviewServer::Snapshot {
  std::shared_ptr<const ServedSite> site;         // null until a build succeeds
  std::shared_ptr<const std::string> error_page;  // set while the latest build has errors
  std::shared_ptr<const std::string> newsletter;  // /_newsletter/, the HTML part of the edition
  uint64_t generation = 0;
};

namespace {

// Editors save in several steps (a new file, written, closed, renamed over the old one), measured
// less than 1 ms apart; waiting 10 ms for quiet leaves most of the 50 ms an edit may take (issue 7)
// to the rebuild. A file created and not yet closed is still being written: wait longer for it.
constexpr auto kQuiet = std::chrono::milliseconds(10);
constexpr auto kUnfinishedSave = std::chrono::milliseconds(250);
constexpr auto kHeartbeat = std::chrono::seconds(15);  // finds closed event streams
// Each open page holds a worker for its event stream, at most kEventStreams of them; a connection
// that has not sent its whole request holds one for up to BoundedServer's head_time (2 s). So a
// page request waits about 2 s for every 48 such connections (200 of them: 6 s, measured).
constexpr size_t kWorkers = 64;
constexpr size_t kEventStreams = 16;
constexpr const char* kEventsPath = "/__enindgang/events";

// The security headers of the generated nginx.conf (render/server_policy), so that what breaks in
// production breaks in preview; tests/server_policy compares the two servers.
httplib::Headers ResponseHeaders() {
  httplib::Headers headers;
  for (const HeaderField& field : SecurityHeaders()) headers.emplace(std::string(field.name), field.value);
  headers.emplace("Cache-Control", std::string(kPreviewCacheControl));
  return headers;
}

void SendText(httplib::Response& res, int status, const std::string& text) {
  res.status = status;
  res.set_content(text, "text/plain; charset=utf-8");
}

// Runs before httplib reads a body, so that none is read.
httplib::Server::HandlerResponse Refuse(const httplib::Request& req, httplib::Response& res,
                                        const ServeRequest& request, int port) {
  if (req.get_header_value_count("Host") != 1 || !NamesThisComputer(req.get_header_value("Host"), request.host, port)) {
    SendText(res, 421,
             "This preview answers only http://127.0.0.1:" + std::to_string(port) +
                 "/ and http://localhost:" + std::to_string(port) + "/ on this computer.\n");
    return httplib::Server::HandlerResponse::Handled;
  }
  if (req.method != "GET" && req.method != "HEAD") {
    SendText(res, 405, "The preview only sends pages (GET and HEAD).\n");
    res.set_header("Allow", "GET, HEAD");
    return httplib::Server::HandlerResponse::Handled;
  }
  return httplib::Server::HandlerResponse::Unhandled;
}

void Send(httplib::Response& res, int status, const std::string& output_path, const std::string& bytes) {
  res.status = status;
  bool html = output_path.ends_with(".html");
  res.set_content(html ? WithReloadScript(bytes) : bytes, ContentTypeOf(output_path));
}

// The edition `enindgang newsletter` would write now, in the site's first language.
std::shared_ptr<const std::string> NewsletterPreview(const BuildOutcome& outcome, Diagnostics& diagnostics) {
  const Site& site = *outcome.site;
  const text::Date since = text::AddDays(BuildDay(site.options()), -kNewsletterDefaultDays);
  auto edition = RenderNewsletter(*outcome.rendered.context, site.config().default_language(), since, diagnostics);
  return std::make_shared<const std::string>(std::move(edition.html));
}

// An e-mail needs inline styles, which the site's policy forbids: the preview
// gets a policy of its own that allows them and nothing else (no script, no image).
constexpr const char* kNewsletterPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

void ServeFrom(const ServedSite& site, const httplib::Request& req, httplib::Response& res) {
  auto where = Resolve(site, req.path, req.get_param_value("q"));
  if (!where.location.empty()) {
    // /x?a=b → /x/?a=b, as nginx adds the slash; the postcode redirect drops the query, as nginx.conf does.
    auto query = req.target.find('?');
    bool keep_query = where.status == 301 && query != std::string::npos;
    res.set_redirect(where.location + (keep_query ? req.target.substr(query) : ""), where.status);
  } else if (where.output_path.empty()) {
    SendText(res, 404, "Not found\n");
  } else {
    Send(res, where.status, where.output_path, *site.Find(where.output_path));
  }
}

// Reads site.yaml again each time, since it names the CSVs and the themes folder.
WatchList WatchListFor(const fs::path& source) {
  Diagnostics ignored;  // the build reports them
  std::optional<SiteConfig> loaded = LoadSiteConfig(source, ignored);
  if (!loaded) loaded.emplace();  // the defaults
  const SiteConfig& config = *loaded;
  return {{source / "site.yaml", source / config.municipalities_csv, source / config.postcodes_csv},
          {source / "content", source / config.themes_dir, source / "templates", source / "assets", source / "i18n"}};
}

std::string Because(const std::vector<std::string>& changed) {
  if (changed.empty()) return "";
  std::string because = " (" + changed.front();
  if (changed.size() > 1) because += " and " + std::to_string(changed.size() - 1) + " more";
  return because + ")";
}

// "2315", or "0.7" for the short times of an edit.
std::string Milliseconds(std::chrono::steady_clock::duration elapsed) {
  double ms = std::chrono::duration<double, std::milli>(elapsed).count();
  if (ms >= 10) return std::to_string(static_cast<long>(ms + 0.5));
  char text[16];
  std::snprintf(text, sizeof text, "%.1f", ms);
  return text;
}

// If taking in an edit fails unexpectedly, the full build still can.
IncrementalBuild::Update ApplyCatchingFailures(IncrementalBuild& incremental, const std::vector<std::string>& changed,
                                               Diagnostics& diagnostics) {
  try {
    return incremental.Apply(changed, diagnostics);
  } catch (const std::exception& e) {
    return {false, std::string("taking in the change failed: ") + e.what(), 0};
  }
}

// Writing to a page that was closed raises SIGPIPE; httplib's workers inherit this thread's mask.
void BlockSigpipe() {
  sigset_t pipe;
  sigemptyset(&pipe);
  sigaddset(&pipe, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipe, nullptr);
}

}  // namespace

PreviewServer::PreviewServer(ServeRequest request, std::ostream& out, std::ostream& err)
    : request_(std::move(request)),
      out_(out),
      err_(err),
      instance_(std::to_string(std::chrono::system_clock::now().time_since_epoch().count())),
      snapshot_(std::make_shared<Snapshot>()),
      streams_(kEventStreams) {
  request_.build.write = false;
}

PreviewServer::~PreviewServer() { Stop(); }

bool PreviewServer::Start() {
  if (!IsLoopbackAddress(request_.host)) {
    err_ << "cannot serve on " << request_.host
         << ": serve shows drafts and is for this computer only — use --host 127.0.0.1 (the default), ::1 or "
            "localhost; to share the site, run `enindgang build` and serve the output folder with a web server\n";
    return false;
  }
  watcher_ = std::make_unique<FileWatcher>(request_.build.source);
  if (!watcher_->ok()) {
    err_ << "cannot watch " << request_.build.source.string() << ": inotify is unavailable\n";
    return false;
  }
  watcher_->Watch(WatchListFor(request_.build.source));  // before building, so no change is missed
  server_ = std::make_unique<BoundedServer>(BoundedServer::Limits{.long_lived_path = kEventsPath});
  server_->new_task_queue = [] { return new httplib::ThreadPool(kWorkers); };
  // httplib writes a response's headers and body apart; with Nagle's algorithm the body then waits
  // for the browser's delayed ACK, up to 40 ms on Linux, most of the 50 ms an edit may take.
  server_->set_tcp_nodelay(true);
  // httplib sets SO_REUSEPORT, which lets a second `serve` share a busy port and answer half the requests.
  server_->set_socket_options([](int sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  port_ = server_->Bind(request_.host, request_.port);
  if (port_ < 0) {
    err_ << "cannot listen on " << request_.host << ":" << request_.port
         << " — another program may be using the port; choose another with --port\n";
    return false;
  }
  Route();
  Rebuild({});
  listen_thread_ = std::thread([this] {
    BlockSigpipe();
    server_->listen_after_bind();
    listen_returned_ = true;
  });
  // httplib's stop() does nothing until the server runs: wait, or an early Stop() would hang.
  while (!server_->is_running() && !listen_returned_) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  watch_thread_ = std::thread([this] { WatchLoop(); });
  return true;
}

void PreviewServer::Stop() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (stopping_) return;
    stopping_ = true;
  }
  changed_.notify_all();  // ends the event streams, so that the workers can be joined
  if (watcher_) watcher_->Interrupt();
  if (server_) server_->stop();
  if (listen_thread_.joinable()) listen_thread_.join();
  if (watch_thread_.joinable()) watch_thread_.join();
}

uint64_t PreviewServer::generation() const { return Current()->generation; }

bool PreviewServer::WaitForGeneration(uint64_t after, std::chrono::milliseconds timeout) {
  std::unique_lock<std::mutex> lock(mutex_);
  return changed_.wait_for(lock, timeout, [&] { return snapshot_->generation > after; });
}

std::shared_ptr<const PreviewServer::Snapshot> PreviewServer::Current() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return snapshot_;
}

// An edit to page bodies re-renders just their pages; anything else builds the whole site.
void PreviewServer::Rebuild(const std::vector<std::string>& changed) {
  auto started = std::chrono::steady_clock::now();
  std::string why_everything;
  if (incremental_ && !changed.empty()) {
    Diagnostics diagnostics;
    auto update = ApplyCatchingFailures(*incremental_, changed, diagnostics);
    if (update.applied) {
      auto site = diagnostics.HasErrors() ? nullptr : incremental_->served();
      auto pages = std::to_string(update.pages) + (update.pages == 1 ? " page" : " pages");
      Finish(diagnostics, site, started, changed, ": " + pages + " rendered again");
      return;
    }
    why_everything = ": every page, because " + update.reason;
  }
  incremental_.reset();  // frees the old site before the new one is built
  auto outcome = BuildInMemory(request_.build);
  Diagnostics diagnostics(outcome->diagnostics);
  if (outcome->ok()) {
    newsletter_ = NewsletterPreview(*outcome, diagnostics);
    incremental_ = std::make_unique<IncrementalBuild>(request_.build, std::move(outcome));
  }
  Finish(diagnostics, incremental_ ? incremental_->served() : nullptr, started, changed, why_everything);
}

void PreviewServer::Finish(const Diagnostics& diagnostics, std::shared_ptr<const ServedSite> site,
                           std::chrono::steady_clock::time_point started, const std::vector<std::string>& changed,
                           const std::string& how) {
  auto ms = Milliseconds(std::chrono::steady_clock::now() - started);
  // Printed before publishing, so that whoever waits for the generation also sees the line.
  for (const auto& diagnostic : diagnostics.Sorted()) err_ << diagnostic.Format() << "\n";
  if (site) {
    out_ << (changed.empty() ? "built" : "rebuilt") << " in " << ms << " ms" << Because(changed) << how << std::endl;
    Publish(std::move(site), nullptr);
  } else {
    int errors = diagnostics.ErrorCount();
    err_ << "build failed in " << ms << " ms" << Because(changed) << ": " << errors
         << (errors == 1 ? " error" : " errors") << "; the open pages show them until the next build succeeds"
         << std::endl;
    Publish(nullptr, std::make_shared<const std::string>(ErrorPage(diagnostics)));
  }
}

// Swaps what is served in one step: a request sees the old site or the new one, never a mix.
void PreviewServer::Publish(std::shared_ptr<const ServedSite> site, std::shared_ptr<const std::string> error_page) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto next = std::make_shared<Snapshot>();
    next->site = site ? std::move(site) : snapshot_->site;
    next->error_page = std::move(error_page);
    next->newsletter = newsletter_;
    next->generation = snapshot_->generation + 1;
    snapshot_ = std::move(next);
  }
  changed_.notify_all();
}

void PreviewServer::WatchLoop() {
  for (;;) {
    auto changed = watcher_->WaitForChanges(kQuiet, kUnfinishedSave);
    if (changed.empty()) return;  // interrupted by Stop()
    Rebuild(changed);
    watcher_->Watch(WatchListFor(request_.build.source));  // site.yaml may name other files now
  }
}

bool PreviewServer::NextEvent(uint64_t ticket, uint64_t& seen, std::string& event) {
  std::unique_lock<std::mutex> lock(mutex_);
  auto ended = [&] { return stopping_ || !streams_.Has(ticket); };
  bool moved = changed_.wait_for(lock, kHeartbeat, [&] { return ended() || snapshot_->generation != seen; });
  if (ended()) return false;
  if (!moved) {
    event = ": still here\n\n";  // a comment; writing it tells whether the page is still open
    return true;
  }
  event = (seen == 0 ? "retry: 1000\n" : "") + std::string("data: ") + instance_ + "-" +
          std::to_string(snapshot_->generation) + "\n\n";
  seen = snapshot_->generation;
  return true;
}

void PreviewServer::Route() {
  server_->set_default_headers(ResponseHeaders());
  server_->set_pre_routing_handler(
      [this](const httplib::Request& req, httplib::Response& res) { return Refuse(req, res, request_, port_); });
  // "Expect: 100-continue" is answered before routing: refuse there too, rather than ask for the body.
  server_->set_expect_100_continue_handler([this](const httplib::Request& req, httplib::Response& res) {
    return Refuse(req, res, request_, port_) == httplib::Server::HandlerResponse::Handled ? res.status : 100;
  });
  server_->Get("/__enindgang/reload.js", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(kReloadScript, ContentTypeOf("reload.js"));
  });
  server_->Get("/__enindgang/error.css", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(kErrorCss, ContentTypeOf("error.css"));
  });
  server_->Get(kEventsPath, [this](const httplib::Request&, httplib::Response& res) {
    uint64_t ticket;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      ticket = streams_.Open();
    }
    changed_.notify_all();  // a stream that lost its slot ends now
    res.set_chunked_content_provider(
        "text/event-stream",
        [this, ticket, seen = uint64_t{0}](size_t, httplib::DataSink& sink) mutable {
          std::string event;
          return NextEvent(ticket, seen, event) && sink.write(event.data(), event.size());
        },
        [this, ticket](bool) {
          std::lock_guard<std::mutex> lock(mutex_);
          streams_.Close(ticket);
        });
  });
  server_->Get("/_newsletter/", [this](const httplib::Request&, httplib::Response& res) {
    auto snapshot = Current();
    if (!snapshot->newsletter) {
      SendText(res, 503, "The newsletter is made when the site builds without errors\n");
      return;
    }
    res.headers.erase("Content-Security-Policy");
    res.set_header("Content-Security-Policy", kNewsletterPolicy);
    res.set_content(*snapshot->newsletter, ContentTypeOf(".html"));
  });
  server_->Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
    auto snapshot = Current();
    if (snapshot->error_page && LooksLikePage(req.path)) {
      res.status = 500;
      res.set_content(*snapshot->error_page, ContentTypeOf(".html"));
    } else if (snapshot->site) {
      ServeFrom(*snapshot->site, req, res);
    } else {
      res.status = 503;
      res.set_content("The site has not been built yet\n", "text/plain; charset=utf-8");
    }
  });
}

}  // namespace enindgang
