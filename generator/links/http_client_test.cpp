#include "links/http_client.h"

#include <httplib.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

namespace enindgang::links {
namespace {

// A server on 127.0.0.1 with the answers the client must read; never off the machine.
struct LoopbackServer {
  httplib::Server server;
  std::thread thread;
  int port = 0;
  std::atomic<int> now{0}, most{0};

  LoopbackServer() {
    server.Get("/ok", [](const httplib::Request&, httplib::Response& res) { res.set_content("hello", "text/html"); });
    server.Get("/moved", [](const httplib::Request&, httplib::Response& res) {
      res.status = 301;
      res.set_header("Location", "/ok");
    });
    server.Get("/big", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string(100000, 'x'), "text/plain");
    });
    server.Get("/agent", [](const httplib::Request& req, httplib::Response& res) {
      res.set_content(req.get_header_value("User-Agent") + "|" + req.get_header_value("Host"), "text/plain");
    });
    server.Get("/slow", [this](const httplib::Request&, httplib::Response& res) {
      int at_once = ++now;
      int seen = most.load();
      while (at_once > seen && !most.compare_exchange_weak(seen, at_once)) {
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      --now;
      res.set_content("slow", "text/plain");
    });
    port = server.bind_to_any_port("127.0.0.1");
    thread = std::thread([this] { server.listen_after_bind(); });
    // stop() before the listen loop runs would be lost, and the join would hang.
    while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~LoopbackServer() {
    server.stop();
    thread.join();
  }
  std::string Url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port) + path; }
};

Response FetchOne(ClientOptions options, Request request) {
  Client client(std::move(options));
  Response answer;
  client.Add(std::move(request), [&](const Response& response) { answer = response; });
  client.Run();
  return answer;
}

}  // namespace

TEST_CASE("client reads a 200 with its body when asked to keep it") {
  LoopbackServer server;
  Response response = FetchOne({}, {server.Url("/ok"), Method::kGet, true});
  CHECK(response.curl_code == 0);
  CHECK(response.status == 200);
  CHECK(response.body == "hello");
  CHECK(response.content_type == "text/html");
  CHECK(response.primary_ip == "127.0.0.1");
  CHECK_FALSE(response.body_cut);
}

TEST_CASE("client HEAD and a GET without keep_body keep no body") {
  LoopbackServer server;
  CHECK(FetchOne({}, {server.Url("/ok"), Method::kHead, false}).status == 200);
  Response get = FetchOne({}, {server.Url("/ok"), Method::kGet, false});
  CHECK(get.status == 200);
  CHECK(get.body.empty());
}

TEST_CASE("client does not follow a redirect but gives its absolute target") {
  LoopbackServer server;
  Response response = FetchOne({}, {server.Url("/moved"), Method::kGet, false});
  CHECK(response.status == 301);
  CHECK(response.location == server.Url("/ok"));
}

TEST_CASE("client cuts a long body at the limit without an error") {
  LoopbackServer server;
  ClientOptions options;
  options.max_body_bytes = 1000;
  Response response = FetchOne(options, {server.Url("/big"), Method::kGet, true});
  CHECK(response.curl_code == 0);
  CHECK(response.body.size() == 1000);
  CHECK(response.body_cut);
  Response unkept = FetchOne(options, {server.Url("/big"), Method::kGet, false});
  CHECK(unkept.curl_code == 0);
  CHECK(unkept.body.empty());
  CHECK(unkept.body_cut);
}

TEST_CASE("client sends the user agent and reaches a named host through connect_to") {
  LoopbackServer server;
  ClientOptions options;
  options.user_agent = "enindgang-links/test (+https://example.org/)";
  std::string port = std::to_string(server.port);
  options.connect_to = {"www.kommune.invalid:" + port + ":127.0.0.1:" + port};
  Response response = FetchOne(options, {"http://www.kommune.invalid:" + port + "/agent", Method::kGet, true});
  CHECK(response.status == 200);
  CHECK(response.body == "enindgang-links/test (+https://example.org/)|www.kommune.invalid:" + port);
}

TEST_CASE("client reports a refused connection as a curl error") {
  int closed_port = 0;
  {
    LoopbackServer gone;
    closed_port = gone.port;
  }
  Response response = FetchOne({}, {"http://127.0.0.1:" + std::to_string(closed_port) + "/", Method::kGet, false});
  CHECK(response.status == 0);
  CHECK(response.curl_code != 0);
  CHECK_FALSE(response.curl_error.empty());
}

TEST_CASE("client holds no more than max_per_host requests to one host at once") {
  LoopbackServer server;
  ClientOptions options;
  options.max_per_host = 2;
  Client client(options);
  int done = 0;
  for (int i = 0; i < 6; ++i) {
    client.Add({server.Url("/slow"), Method::kGet, false}, [&](const Response& r) { done += r.status == 200; });
  }
  client.Run();
  CHECK(done == 6);
  CHECK(server.most.load() <= 2);
}

TEST_CASE("client runs requests added by a callback") {
  LoopbackServer server;
  Client client({});
  std::vector<long> statuses;
  client.Add({server.Url("/moved"), Method::kGet, false}, [&](const Response& first) {
    statuses.push_back(first.status);
    client.Add({first.location, Method::kGet, false},
               [&](const Response& second) { statuses.push_back(second.status); });
  });
  client.Run();
  CHECK(statuses == std::vector<long>{301, 200});
}

TEST_CASE("ResolveUrl resolves relative references and refuses other schemes") {
  CHECK(ResolveUrl("https://www.aarhus.dk/borger/", "boern") == "https://www.aarhus.dk/borger/boern");
  CHECK(ResolveUrl("https://www.aarhus.dk/borger/", "/") == "https://www.aarhus.dk/");
  CHECK(ResolveUrl("https://www.aarhus.dk/a", "http://other.dk/x") == "http://other.dk/x");
  CHECK(ResolveUrl("https://www.aarhus.dk/a", "mailto:x@aarhus.dk").empty());
  CHECK(ResolveUrl("", "relative/path").empty());
  CHECK(ResolveUrl("", "https://www.odense.dk") == "https://www.odense.dk/");
}

TEST_CASE("HostOf gives the lower-case host") {
  CHECK(HostOf("https://WWW.Aarhus.DK/Borger") == "www.aarhus.dk");
  CHECK(HostOf("not a url").empty());
}

}  // namespace enindgang::links
