// Discover against a small site served by cpp-httplib on 127.0.0.1: which
// requests it makes, in what order of phases, and what it finds.
#include <httplib.h>

#include <catch2/catch.hpp>

#include <atomic>
#include <map>
#include <mutex>
#include <thread>

#include "links/discover.h"

using namespace enindgang::links;

namespace {

const char* kChildrensPage = R"(<html><head><title>Børn og unge – få hjælp</title></head><body>
<p>Er du under 18? Du kan altid få hjælp. Ring til os på <a href="tel:70203040">70 20 30 40</a>, eller skriv på DinSide. Du er velkommen.</p></body></html>)";

// A municipal site: a front page with decoys and the children's page, a
// sitemap index with more children than discover reads, and a robots.txt
// that forbids one folder.
class FixtureSite {
 public:
  FixtureSite() {
    port_ = server_.bind_to_any_port("127.0.0.1");
    const std::string origin = "http://127.0.0.1:" + std::to_string(port_);
    Page("/robots.txt", "User-agent: *\nDisallow: /privat/\nSitemap: " + origin + "/index.xml\n", "text/plain");
    Page("/", R"(<html><title>Forside</title><a href="/affald">Affald og genbrug</a> <a href="/job">Job</a>
        <a href="/privat/boern">Børn og unge (intern)</a> <a href="/gammel-side">Børn</a> <a href="https://elsewhere.invalid/boern">Børn</a>)");
    server_.Get("/gammel-side",
                [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/borger/boern-og-unge"); });
    Page("/borger/boern-og-unge", kChildrensPage);
    Page("/privat/boern", kChildrensPage);
    Page("/affald", "<title>Affald og genbrug</title><p>Ring til os om din tømning.</p>");
    Page("/job", "<title>Job</title><p>Ledige stillinger.</p>");
    Page("/sitemap.xml", Urlset(origin, {"/kontakt"}), "application/xml");
    std::string index = "<sitemapindex>";
    for (int i = 1; i <= 5; ++i) {
      index += "<sitemap><loc>" + origin + "/child-" + std::to_string(i) + ".xml</loc></sitemap>";
      Page("/child-" + std::to_string(i) + ".xml", Urlset(origin, {"/side-" + std::to_string(i)}), "application/xml");
      Page("/side-" + std::to_string(i), "<title>Side</title>");
    }
    Page("/index.xml", index + "</sitemapindex>", "application/xml");
    Page("/kontakt", "<title>Kontakt</title>");
    server_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response&) {
      std::lock_guard lock(mutex_);
      ++requests_[req.path];
      at_once_max_ = std::max(at_once_max_, ++at_once_);
      return httplib::Server::HandlerResponse::Unhandled;
    });
    server_.set_post_routing_handler([this](const httplib::Request&, httplib::Response&) {
      std::lock_guard lock(mutex_);
      --at_once_;
    });
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    // bind_to_any_port already listens: a connection made before the thread accepts waits in the backlog.
  }
  ~FixtureSite() {
    server_.stop();
    thread_.join();
  }

  std::string Origin() const { return "http://127.0.0.1:" + std::to_string(port_); }
  int Requests(const std::string& path) {
    std::lock_guard lock(mutex_);
    return requests_[path];
  }
  int MostAtOnce() {
    std::lock_guard lock(mutex_);
    return at_once_max_;
  }

 private:
  static std::string Urlset(const std::string& origin, std::vector<std::string> paths) {
    std::string xml = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";
    for (const auto& path : paths) xml += "<url><loc>" + origin + path + "</loc></url>";
    return xml + "</urlset>";
  }
  void Page(const std::string& path, std::string body, const char* type = "text/html; charset=utf-8") {
    server_.Get(path, [body = std::move(body), type](const httplib::Request&, httplib::Response& res) {
      res.set_content(body, type);
    });
  }

  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
  std::mutex mutex_;
  std::map<std::string, int> requests_;
  int at_once_ = 0;
  int at_once_max_ = 0;
};

ClientOptions LocalOptions() {
  ClientOptions options;
  options.user_agent = "enindgang-links-test";
  options.timeout = std::chrono::milliseconds(5000);
  options.max_per_host = 4;  // discover must lower it to one
  return options;
}

}  // namespace

TEST_CASE("discover ranks the children's page first and respects robots.txt") {
  FixtureSite site;
  const auto found = Discover({{"999", "Eksempel", site.Origin() + "/"}}, LocalOptions());
  REQUIRE(found.size() == 1);
  const Discovery& discovery = found[0];
  REQUIRE(!discovery.best.empty());
  CHECK(discovery.best[0].url == site.Origin() + "/borger/boern-og-unge");  // reached by a redirect
  CHECK(discovery.best[0].evidence.phones == std::vector<std::string>{"70 20 30 40"});
  CHECK(discovery.best.size() == 1);  // /affald and /job score below the threshold
  CHECK(site.Requests("/privat/boern") == 0);
  CHECK(site.Requests("/robots.txt") == 1);
  CHECK(site.Requests("/sitemap.xml") == 1);
  CHECK(site.Requests("/child-3.xml") == 1);
  CHECK(site.Requests("/child-4.xml") == 0);  // at most three child sitemaps
  CHECK(site.Requests("/side-1") == 1);
  CHECK(site.MostAtOnce() == 1);
  CHECK(discovery.problems.empty());
}

TEST_CASE("discover says what it could not read") {
  const auto found = Discover({{"998", "Væk", "http://127.0.0.1:1/"}}, LocalOptions());
  REQUIRE(found.size() == 1);
  CHECK(found[0].best.empty());
  REQUIRE(found[0].problems.size() == 1);
  CHECK_THAT(found[0].problems[0], Catch::StartsWith("front page: "));
}
