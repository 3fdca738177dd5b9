#include "links/link_checker.h"

#include <httplib.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

#include "links/link_targets.h"

namespace enindgang::links {
namespace {

// A municipal web on 127.0.0.1: two host names reach it through connect_to.
struct FixtureWeb {
  httplib::Server server;
  std::thread thread;
  int port = 0;
  std::atomic<int> heads{0};

  static void Redirect(httplib::Response& res, int status, const std::string& to) {
    res.status = status;
    res.set_header("Location", to);
  }

  FixtureWeb() {
    server.Get("/robots.txt", [this](const httplib::Request& req, httplib::Response& res) {
      std::string host = req.get_header_value("Host");
      if (host.starts_with("www.a.test")) {
        res.set_content("User-agent: *\nDisallow: /hemmelig\n", "text/plain");
      } else if (host.starts_with("www.b.test")) {
        Redirect(res, 301, Url("www.a.test", "/robots.txt"));  // followed, as RFC 9309 asks
      } else {
        res.status = 404;
      }
    });
    server.Get("/ok",
               [](const httplib::Request&, httplib::Response& res) { res.set_content("<p>Hej</p>", "text/html"); });
    server.Get("/boern", [](const httplib::Request&, httplib::Response& res) {
      res.set_content("<h1>Børn og unge</h1>", "text/html");
    });
    server.Get("/moved", [this](const httplib::Request&, httplib::Response& res) { Redirect(res, 301, "/ok"); });
    server.Get("/away", [this](const httplib::Request&, httplib::Response& res) {
      Redirect(res, 302, "http://www.b.test:" + std::to_string(port) + "/ok");
    });
    server.Get("/loop1", [this](const httplib::Request&, httplib::Response& res) { Redirect(res, 302, "/loop2"); });
    server.Get("/loop2", [this](const httplib::Request&, httplib::Response& res) { Redirect(res, 302, "/loop1"); });
    server.Get(R"(/chain(\d+))", [this](const httplib::Request& req, httplib::Response& res) {
      Redirect(res, 302, "/chain" + std::to_string(std::stoi(req.matches[1]) + 1));
    });
    server.Get("/gone", [](const httplib::Request&, httplib::Response& res) { res.status = 404; });
    server.Get("/broken", [](const httplib::Request&, httplib::Response& res) { res.status = 500; });
    server.Get("/nohead",
               [](const httplib::Request&, httplib::Response& res) { res.set_content("fine", "text/html"); });
    server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      if (req.method == "HEAD" && req.path == "/nohead") {
        ++heads;
        res.status = 405;
        return httplib::Server::HandlerResponse::Handled;
      }
      return httplib::Server::HandlerResponse::Unhandled;
    });
    server.Get("/hang", [](const httplib::Request&, httplib::Response& res) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1500));
      res.set_content("late", "text/html");
    });
    port = server.bind_to_any_port("127.0.0.1");
    thread = std::thread([this] { server.listen_after_bind(); });
    while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~FixtureWeb() {
    server.stop();
    thread.join();
  }
  std::string Url(const std::string& host, const std::string& path) const {
    return "http://" + host + ":" + std::to_string(port) + path;
  }
  CheckerOptions Options() const {
    CheckerOptions options;
    std::string p = std::to_string(port);
    options.client.connect_to = {"www.a.test:" + p + ":127.0.0.1:" + p, "www.b.test:" + p + ":127.0.0.1:" + p};
    options.client.timeout = std::chrono::milliseconds(700);
    return options;
  }
};

}  // namespace

TEST_CASE("checker follows, records and classes every case of the fixture web") {
  FixtureWeb web;
  auto target = [&](std::string column, std::string path) {
    return LinkTarget{"101", "Test", std::move(column), web.Url("www.a.test", path), {"municipalities.csv", 2, 1}};
  };
  std::vector<LinkTarget> targets = {
      target("website", "/moved"),    target("website", "/away"),
      target("website", "/loop1"),    target("website", "/chain0"),
      target("website", "/gone"),     target("website", "/broken"),
      target("website", "/nohead"),   target("website", "/hemmelig"),
      target("website", "/hang"),     target("enindgang_url", "/boern"),
      target("enindgang_url", "/ok"), LinkTarget{"102", "B", "website", web.Url("www.b.test", "/hemmelig"), {}},
  };
  auto results = CheckLinks(targets, web.Options());
  REQUIRE(results.size() == targets.size());
  auto reason = [&](size_t i) { return std::string(LinkClassName(results[i].link_class)) + ": " + results[i].reason; };

  CHECK(results[0].redirects == std::vector<std::string>{web.Url("www.a.test", "/ok")});
  CHECK(results[0].final_url == web.Url("www.a.test", "/ok"));
  CHECK(results[0].http_status == 200);
  // Every case here is plain http, so each 2xx carries that warning too.
  CHECK(reason(0) == "warning: plain http: the address is not encrypted");
  CHECK(reason(1) == "warning: redirects to another host: " + web.Url("www.b.test", "/ok") +
                         "; plain http: the address is not encrypted");
  CHECK(reason(2) == "error: redirect loop: " + web.Url("www.a.test", "/loop1") + " seen twice");
  CHECK(reason(3) == "error: too many redirects (10)");
  CHECK(reason(4) == "error: 404 Not Found");
  CHECK(reason(5) == "error: 500 Internal Server Error");
  CHECK(reason(6) == "warning: plain http: the address is not encrypted");
  CHECK(results[6].http_status == 200);
  CHECK(web.heads.load() == 1);
  CHECK(reason(7) == "warning: robots.txt disallows checking " + web.Url("www.a.test", "/hemmelig"));
  CHECK(results[7].http_status == 0);
  CHECK(reason(8) == "error: timed out after 0.7 s");
  CHECK(reason(9) == "warning: plain http: the address is not encrypted");
  CHECK_THAT(reason(10), Catch::Contains("no longer mentions children"));
  CHECK(results[10].where.line == 2);
  CHECK(reason(11) == "warning: robots.txt disallows checking " + web.Url("www.b.test", "/hemmelig"));
}

TEST_CASE("MunicipalityTargets takes every http column at its position") {
  Diagnostics d;
  auto targets = MunicipalityTargets(
      "code,name,website,enindgang_url,note\n101,København,https://www.kk.dk,,x\n751,Aarhus,https://aarhus.dk,"
      "\"https://aarhus.dk/boern\",http://other.dk\n",
      "municipalities.csv", {}, d);
  REQUIRE(targets.size() == 4);
  CHECK(targets[0].column == "website");
  CHECK(targets[0].where.line == 2);
  CHECK(targets[0].where.column == 15);  // "ø" is one column
  CHECK(targets[2].column == "enindgang_url");
  CHECK(targets[2].where.column == 31);  // past the opening quote
  CHECK(targets[3].column == "note");
  CHECK(MunicipalityTargets("code,website\n101,https://a.dk\n751,https://b.dk\n", "m.csv", {"751"}, d).size() == 1);
}

TEST_CASE("ContentTargets finds http links in Markdown at their line") {
  ContentTree tree;
  PageSource page;
  page.path = "content/da/om.md";
  page.body = "# Om\n\nSe [Børns Vilkår](https://bornsvilkar.dk) og [os](/om/).\n";
  page.body_first_line = 5;
  tree.pages.push_back(page);
  auto targets = ContentTargets(tree);
  REQUIRE(targets.size() == 1);
  CHECK(targets[0].url == "https://bornsvilkar.dk");
  CHECK(targets[0].column == "content");
  CHECK(targets[0].where.line == 7);
  CHECK(targets[0].where.column == 4);
}

}  // namespace enindgang::links
