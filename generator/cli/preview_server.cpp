#include "cli/preview_server.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <ostream>
#include <regex>
#include <unordered_map>

#include "cli/file_watcher.h"
#include "load/site_config.h"

namespace enindgang {
namespace fs = std::filesystem;

// A successful build, held in memory: output path ("en/ord/index.html") → bytes.
struct ServedSite {
  std::unordered_map<std::string, std::string> files;

  const std::string* Find(const std::string& path) const {
    auto it = files.find(path);
    return it == files.end() ? nullptr : &it->second;
  }
};

struct PreviewServer::Snapshot {
  std::shared_ptr<const ServedSite> site;          // null until a build succeeds
  std::shared_ptr<const std::string> error_page;  // set while the latest build has errors
  uint64_t generation = 0;
};

namespace {

constexpr auto kQuiet = std::chrono::milliseconds(50);      // editors save in several steps
constexpr auto kHeartbeat = std::chrono::seconds(15);       // finds closed event streams
constexpr size_t kWorkers = 32;  // each open page holds one worker for its event stream

const char* kReloadTag = "<script src=\"/__enindgang/reload.js\" defer></script>";

// A file, not an inline script, so that the site's CSP (script-src 'self') holds in preview too.
const char* kReloadScript = R"(// enindgang serve: reloads the page when the site has been rebuilt.
"use strict";
(function () {
  var seen = null;
  var events = new EventSource("/__enindgang/events");
  events.onmessage = function (event) {
    if (seen !== null && event.data !== seen) location.reload();
    seen = event.data;
  };
})();
)";

const char* kErrorCss = R"(body { font: 1rem/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { color: #a00000; }
li { font-family: ui-monospace, monospace; white-space: pre-wrap; overflow-wrap: anywhere; margin-bottom: 1rem; }
)";

// The same headers as the generated nginx.conf (render/nginx_config.cpp), so
// that what breaks in production breaks in preview; a test compares them.
httplib::Headers ResponseHeaders() {
  return {
      {"Content-Security-Policy",
       "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"},
      {"Referrer-Policy", "no-referrer"},
      {"X-Content-Type-Options", "nosniff"},
      {"Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"},
      {"Cache-Control", "no-store"},  // a preview is always the latest build
  };
}

bool EndsWith(const std::string& s, const std::string& end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

std::string ContentTypeOf(const std::string& path) {
  static const std::vector<std::pair<std::string, std::string>> kTypes = {
      {".html", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".js", "application/javascript; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {"atom.xml", "application/atom+xml; charset=utf-8"},
      {".xml", "application/xml; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"},
      {".conf", "text/plain; charset=utf-8"},
      {".svg", "image/svg+xml; charset=utf-8"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".webmanifest", "application/manifest+json; charset=utf-8"},
      {".woff2", "font/woff2"},
  };
  for (const auto& [ending, type] : kTypes)
    if (EndsWith(path, ending)) return type;
  return "application/octet-stream";
}

std::string HtmlEscape(const std::string& text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': escaped += "&amp;"; break;
      case '<': escaped += "&lt;"; break;
      case '>': escaped += "&gt;"; break;
      case '"': escaped += "&quot;"; break;
      case '\'': escaped += "&#39;"; break;
      default: escaped += c;
    }
  }
  return escaped;
}

std::string WithReloadScript(std::string html) {
  auto body_end = html.rfind("</body>");
  html.insert(body_end == std::string::npos ? html.size() : body_end, kReloadTag);
  return html;
}

std::string ErrorPage(const Diagnostics& diagnostics) {
  std::string items;
  for (const auto& diagnostic : diagnostics.Sorted()) items += "<li>" + HtmlEscape(diagnostic.Format()) + "</li>\n";
  return WithReloadScript(
      "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>The site could not be built</title>\n"
      "<link rel=\"stylesheet\" href=\"/__enindgang/error.css\">\n</head>\n<body>\n<main>\n"
      "<h1>The site could not be built</h1>\n"
      "<p>Fix these problems and save: this page reloads by itself when the site builds again.</p>\n"
      "<ul>\n" + items + "</ul>\n</main>\n</body>\n</html>\n");
}

// Pages get the error page while the build is broken; assets keep coming from the last good build.
bool LooksLikePage(const std::string& path) {
  auto last_segment = path.substr(path.rfind('/') + 1);
  return last_segment.empty() || EndsWith(last_segment, ".html") || last_segment.find('.') == std::string::npos;
}

// Where a request goes, the way the generated nginx.conf sends it.
struct Resolution {
  int status = 200;
  std::string output_path;  // what to send; empty with a redirect or when there is no 404 page
  std::string location;     // for redirects
};

std::string NotFoundPageFor(const ServedSite& site, const std::string& path) {
  auto language = path.substr(0, path.find('/'));  // "en" of "en/nope/"
  if (!language.empty() && site.Find(language + "/404.html")) return language + "/404.html";
  return site.Find("404.html") ? "404.html" : "";
}

// Without JavaScript the search form submits to <prefix>/kommune/?q=…; a postcode goes to its page.
std::string PostcodeRedirect(const std::string& path, const std::string& query) {
  static const std::regex kPostcode(R"(^\s*(?:dk-?)?([0-9]{4}))", std::regex::icase);
  std::smatch match;
  if (!EndsWith("/" + path, "/kommune/") || !std::regex_search(query, match, kPostcode)) return "";
  return "/" + path.substr(0, path.size() - std::string("kommune/").size()) + "postnummer/" + match[1].str() + "/";
}

Resolution Resolve(const ServedSite& site, const std::string& url_path, const std::string& query) {
  auto first = url_path.find_first_not_of('/');
  std::string path = first == std::string::npos ? "" : url_path.substr(first);  // "en/ord/"
  if (auto target = PostcodeRedirect(path, query); !target.empty()) return {302, "", target};
  std::string file = path.empty() || path.back() == '/' ? path + "index.html" : path;
  if (file != "nginx.conf" && site.Find(file)) return {200, file, ""};
  if (!path.empty() && path.back() != '/' && site.Find(path + "/index.html")) return {301, "", "/" + path + "/"};
  return {404, NotFoundPageFor(site, path), ""};
}

void Send(httplib::Response& res, int status, const std::string& output_path, const std::string& bytes) {
  res.status = status;
  bool html = EndsWith(output_path, ".html");
  res.set_content(html ? WithReloadScript(bytes) : bytes, ContentTypeOf(output_path));
}

void ServeFrom(const ServedSite& site, const httplib::Request& req, httplib::Response& res) {
  auto where = Resolve(site, req.path, req.get_param_value("q"));
  if (!where.location.empty()) {
    // /x?a=b → /x/?a=b, as nginx adds the slash; the postcode redirect drops the query, as nginx.conf does.
    auto query = req.target.find('?');
    bool keep_query = where.status == 301 && query != std::string::npos;
    res.set_redirect(where.location + (keep_query ? req.target.substr(query) : ""), where.status);
  } else if (where.output_path.empty()) {
    res.status = 404;
    res.set_content("Not found\n", "text/plain; charset=utf-8");
  } else {
    Send(res, where.status, where.output_path, *site.Find(where.output_path));
  }
}

std::shared_ptr<const ServedSite> ServedSiteOf(BuildOutcome& outcome) {
  auto site = std::make_shared<ServedSite>();
  for (auto& page : outcome.rendered.pages) site->files[page.output_path] = std::move(page.html);
  for (auto& file : outcome.rendered.files) site->files[file.path] = std::move(file.bytes);
  return site;
}

// Reads site.yaml again each time, since it names the CSVs and the themes folder.
WatchList WatchListFor(const fs::path& source) {
  Diagnostics ignored;  // the build reports them
  SiteConfig config = LoadSiteConfig(source, ignored).value_or(SiteConfig{});
  return {{source / "site.yaml", source / config.municipalities_csv, source / config.postcodes_csv},
          {source / "content", source / config.themes_dir, source / "templates", source / "assets", source / "i18n"}};
}

std::string Because(const std::vector<std::string>& changed) {
  if (changed.empty()) return "";
  std::string because = " (" + changed.front();
  if (changed.size() > 1) because += " and " + std::to_string(changed.size() - 1) + " more";
  return because + ")";
}

// A file deleted while the build reads its folder may throw; the preview must survive that.
std::unique_ptr<BuildOutcome> BuildCatchingFailures(const BuildRequest& request) {
  try {
    return BuildInMemory(request);
  } catch (const std::exception& e) {
    auto outcome = std::make_unique<BuildOutcome>();
    outcome->diagnostics.Error({request.source.generic_string(), 0, 0}, std::string("the build stopped: ") + e.what(),
                               "save the file again; if this comes back, report it with the steps that led here");
    return outcome;
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
      snapshot_(std::make_shared<Snapshot>()) {
  request_.build.write = false;
}

PreviewServer::~PreviewServer() { Stop(); }

bool PreviewServer::Start() {
  watcher_ = std::make_unique<FileWatcher>(request_.build.source);
  if (!watcher_->ok()) {
    err_ << "cannot watch " << request_.build.source.string() << ": inotify is unavailable\n";
    return false;
  }
  watcher_->Watch(WatchListFor(request_.build.source));  // before building, so no change is missed
  server_ = std::make_unique<httplib::Server>();
  server_->new_task_queue = [] { return new httplib::ThreadPool(kWorkers); };
  // httplib sets SO_REUSEPORT, which lets a second `serve` share a busy port and answer half the requests.
  server_->set_socket_options([](int sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  port_ = request_.port == 0 ? server_->bind_to_any_port(request_.host)
                             : (server_->bind_to_port(request_.host, request_.port) ? request_.port : -1);
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

void PreviewServer::Rebuild(const std::vector<std::string>& changed) {
  auto started = std::chrono::steady_clock::now();
  auto outcome = BuildCatchingFailures(request_.build);
  auto site = outcome->ok() ? ServedSiteOf(*outcome) : nullptr;
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  // Printed before publishing, so that whoever waits for the generation also sees the line.
  for (const auto& diagnostic : outcome->diagnostics.Sorted()) err_ << diagnostic.Format() << "\n";
  if (site) {
    out_ << (changed.empty() ? "built" : "rebuilt") << " in " << ms << " ms" << Because(changed) << std::endl;
    Publish(site, nullptr);
  } else {
    int errors = outcome->diagnostics.ErrorCount();
    err_ << "build failed in " << ms << " ms" << Because(changed) << ": " << errors << (errors == 1 ? " error" : " errors")
         << "; the open pages show them until the next build succeeds" << std::endl;
    Publish(nullptr, std::make_shared<const std::string>(ErrorPage(outcome->diagnostics)));
  }
}

// Swaps what is served in one step: a request sees the old site or the new one, never a mix.
void PreviewServer::Publish(std::shared_ptr<const ServedSite> site, std::shared_ptr<const std::string> error_page) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto next = std::make_shared<Snapshot>();
    next->site = site ? std::move(site) : snapshot_->site;
    next->error_page = std::move(error_page);
    next->generation = snapshot_->generation + 1;
    snapshot_ = std::move(next);
  }
  changed_.notify_all();
}

void PreviewServer::WatchLoop() {
  for (;;) {
    auto changed = watcher_->WaitForChanges(kQuiet);
    if (changed.empty()) return;  // interrupted by Stop()
    Rebuild(changed);
    watcher_->Watch(WatchListFor(request_.build.source));  // site.yaml may name other files now
  }
}

bool PreviewServer::NextEvent(uint64_t& seen, std::string& event) {
  std::unique_lock<std::mutex> lock(mutex_);
  bool moved = changed_.wait_for(lock, kHeartbeat, [&] { return stopping_ || snapshot_->generation != seen; });
  if (stopping_) return false;
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
  server_->Get("/__enindgang/reload.js", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(kReloadScript, ContentTypeOf("reload.js"));
  });
  server_->Get("/__enindgang/error.css", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(kErrorCss, ContentTypeOf("error.css"));
  });
  server_->Get("/__enindgang/events", [this](const httplib::Request&, httplib::Response& res) {
    res.set_chunked_content_provider("text/event-stream", [this, seen = uint64_t{0}](size_t, httplib::DataSink& sink) mutable {
      std::string event;
      return NextEvent(seen, event) && sink.write(event.data(), event.size());
    });
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
