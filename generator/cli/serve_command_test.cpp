// `enindgang serve`: a PreviewServer on a free port over an inline site,
// driven by an HTTP client. Waits are for the next build (bounded), never sleeps.
#include "cli/serve_command.h"

#include <httplib.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <condition_variable>
#include <mutex>
#include <regex>
#include <sstream>
#include <thread>

#include "test_site.h"

using namespace enindgang;
using enindgang::testing::PageFile;
using enindgang::testing::TestSite;

namespace {

const char* kReloadTag = "<script src=\"/__enindgang/reload.js\" defer></script>";

std::map<std::string, std::string> SmallSite() {
  return {
      {"content/da/index.md", PageFile("title: Forside\nlayout: landing", "Velkommen.\n")},
      {"content/da/ord.md", PageFile("title: Ord\norder: 1", "En bisidder hjælper dig.\n")},
      {"content/en/index.md", PageFile("title: Home\nlayout: landing", "Welcome.\n")},
  };
}

ServeRequest RequestFor(const TestSite& site) {
  ServeRequest request;
  request.build.source = site.path();
  request.port = 0;
  return request;
}

// A site, a server on a free port over it, and a client.
struct Preview {
  explicit Preview(std::map<std::string, std::string> files = SmallSite())
      : site(std::move(files)), server(RequestFor(site), out, err) {
    REQUIRE(server.Start());
    client = std::make_unique<httplib::Client>("127.0.0.1", server.port());
    client->set_read_timeout(10, 0);
  }
  ~Preview() { server.Stop(); }

  httplib::Result Get(const std::string& path) {
    auto result = client->Get(path.c_str());
    REQUIRE(result);
    return result;
  }

  // Writes the files and waits until the server has rebuilt after the change.
  void Change(const std::map<std::string, std::string>& files) {
    auto before = server.generation();
    site.Write(files);
    REQUIRE(server.WaitForGeneration(before));
  }

  TestSite site;
  std::ostringstream out, err;
  PreviewServer server;
  std::unique_ptr<httplib::Client> client;
};

std::string StylesheetOf(const std::string& html) {
  std::smatch match;
  REQUIRE(std::regex_search(html, match, std::regex(R"(/assets/style\.[0-9a-f]+\.css)")));
  return match.str();
}

// A TCP connection to 127.0.0.1 that sends raw bytes, for requests httplib's client will not make.
class RawConnection {
 public:
  explicit RawConnection(int port) : fd_(socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    timeval five_seconds{5, 0};  // a server that stops reading must not hang the test
    setsockopt(fd_, SOL_SOCKET, SO_SNDTIMEO, &five_seconds, sizeof five_seconds);
    int buffer = 64 * 1024;  // so that what the server did not read stays well under a megabyte
    setsockopt(fd_, SOL_SOCKET, SO_SNDBUF, &buffer, sizeof buffer);
  }
  ~RawConnection() { close(fd_); }
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  // How many of `bytes` the server took before it closed the connection (or stopped reading).
  size_t Send(std::string_view bytes) {
    size_t sent = 0;
    while (sent < bytes.size()) {
      auto n = send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) break;
      sent += static_cast<size_t>(n);
    }
    return sent;
  }

  // Sends `total` bytes of `pattern` over and over; how many the server took before it stopped reading.
  size_t SendUpTo(size_t total, const std::string& pattern = "x") {
    std::string chunk;
    while (chunk.size() < 64 * 1024) chunk += pattern;
    size_t taken = 0;
    while (taken < total) {
      size_t sent = Send(chunk);
      taken += sent;
      if (sent < chunk.size()) break;
    }
    return taken;
  }

  // What the server sent until it closed the connection, sent `until`, or `timeout` passed.
  std::string Receive(std::chrono::milliseconds timeout = std::chrono::seconds(10), const std::string& until = "") {
    std::string received;
    auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      pollfd readable{fd_, POLLIN, 0};
      if (left.count() <= 0 || poll(&readable, 1, static_cast<int>(left.count())) <= 0) return received;
      char buffer[4096];
      auto n = recv(fd_, buffer, sizeof buffer, 0);
      if (n <= 0) return received;
      received.append(buffer, static_cast<size_t>(n));
      if (!until.empty() && received.find(until) != std::string::npos) return received;
    }
  }

 private:
  int fd_;
};

constexpr size_t kMegabyte = 1 << 20;

std::string HostHeaderFor(const std::string& name, int port) { return name + ":" + std::to_string(port); }

}  // namespace

TEST_CASE("serve answers / with the page, one reload script and no-store") {
  Preview preview;
  auto res = preview.Get("/");
  CHECK(res->status == 200);
  CHECK(res->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(res->get_header_value("Cache-Control") == "no-store");
  CHECK_THAT(res->body, Catch::Contains("Forside"));
  CHECK_THAT(res->body, Catch::Contains(std::string(kReloadTag) + "</body>"));
  CHECK(res->body.find(kReloadTag) == res->body.rfind(kReloadTag));
  CHECK(preview.server.generation() == 1);
  CHECK_THAT(preview.out.str(), Catch::Contains("built in "));
}

TEST_CASE("serve sends the security headers of the generated nginx.conf") {
  Preview preview;
  REQUIRE(preview.site.Build() == 0);
  std::string nginx = preview.site.Read("nginx.conf");
  auto res = preview.Get("/");
  for (const char* name :
       {"Content-Security-Policy", "Referrer-Policy", "X-Content-Type-Options", "Permissions-Policy"}) {
    INFO(name);
    auto value = res->get_header_value(name);
    CHECK(!value.empty());
    CHECK_THAT(nginx, Catch::Contains("add_header " + std::string(name) + " \"" + value + "\" always;"));
  }
  auto csp = res->get_header_value("Content-Security-Policy");
  CHECK_THAT(csp, Catch::Contains("script-src 'self';"));
  CHECK_THAT(csp, Catch::Contains("connect-src 'self';"));  // lets the page open the event stream
}

TEST_CASE("serve maps URLs to output files the way nginx does") {
  Preview preview;
  CHECK(preview.Get("/ord/")->status == 200);
  CHECK_THAT(preview.Get("/ord/index.html")->body, Catch::Contains("bisidder"));
  auto redirect = preview.Get("/ord");
  CHECK(redirect->status == 301);
  CHECK(redirect->get_header_value("Location") == "/ord/");
  auto postcode = preview.Get("/kommune/?q=DK-8000");
  CHECK(postcode->status == 302);
  CHECK(postcode->get_header_value("Location") == "/postnummer/8000/");
  CHECK(preview.Get("/nginx.conf")->status == 404);
}

TEST_CASE("serve sends the search form's query where nginx-http.conf does, folded with the real fold") {
  Preview preview({{"content/da/index.md", PageFile("title: Forside\nlayout: landing", "Velkommen.\n")},
                   {"content/en/index.md", PageFile("title: Home\nlayout: landing", "Welcome.\n")},
                   {"special_places.csv",
                    "slug,names,codes,nearest_municipality,source\n"
                    "groenland,Nuuk;Grønland,3900-3999,,test\n"}});
  auto location = [&](const std::string& target) {
    auto res = preview.Get(target);
    CHECK(res->status == 302);
    return res->get_header_value("Location");
  };
  CHECK(location("/kommune/?q=Aarhus") == "/kommune/aarhus/");
  CHECK(location("/kommune/?q=%C3%85RHUS") == "/kommune/aarhus/");   // ÅRHUS, the alias
  CHECK(location("/kommune/?q=+%20aarhus+") == "/kommune/aarhus/");  // spaces around
  CHECK(location("/kommune/?q=Aarhus+C") == "/kommune/aarhus/");     // a town
  CHECK(location("/kommune/?q=8000") == "/postnummer/8000/");
  CHECK(location("/kommune/?q=Nuuk") == "/steder/groenland/");  // a special place
  CHECK(location("/kommune/?q=3900") == "/steder/groenland/");
  CHECK(location("/kommune/?q=asdf") == "/kommune/ikke-fundet/a/");     // not found: the list at A
  CHECK(location("/kommune/?q=qwerty") == "/kommune/ikke-fundet/aa/");  // no Q, R, …: the next letter, Å
  CHECK(location("/kommune/?q=9999") == "/kommune/ikke-fundet/");       // no letter to start from
  CHECK(location("/en/kommune/?q=Middelfart") == "/en/kommune/middelfart/");
  CHECK(preview.Get("/kommune/?q=")->status == 200);  // the list itself
  CHECK(preview.Get("/kommune/ikke-fundet/a/")->status == 200);
  CHECK(preview.Get("/steder/groenland/")->status == 200);
  CHECK(preview.Get("/nginx-http.conf")->status == 404);
  // nginx-http.conf lists the very routes serve answers.
  REQUIRE(preview.site.Build() == 0);
  const std::string maps = preview.site.Read("nginx-http.conf");
  CHECK_THAT(maps, Catch::Contains("\"%C3%85rhus\" kommune/aarhus/;"));
  CHECK_THAT(maps, Catch::Contains("\"Nuuk\" steder/groenland/;"));
  CHECK_THAT(maps, Catch::Contains("\"~^39[0-9][0-9]$\" steder/groenland/;"));
}

TEST_CASE("serve answers unknown paths with the language's 404 page") {
  Preview preview;
  auto danish = preview.Get("/nope/");
  CHECK(danish->status == 404);
  CHECK_THAT(danish->body, Catch::Contains("<html lang=\"da\""));
  CHECK_THAT(danish->body, Catch::Contains(kReloadTag));
  auto english = preview.Get("/en/nope/");
  CHECK(english->status == 404);
  CHECK_THAT(english->body, Catch::Contains("<html lang=\"en\""));
}

TEST_CASE("serve sends each kind of file with its content type") {
  Preview preview;
  auto css = preview.Get(StylesheetOf(preview.Get("/")->body));
  CHECK(css->status == 200);
  CHECK(css->get_header_value("Content-Type") == "text/css; charset=utf-8");
  CHECK_THAT(css->body, !Catch::Contains("__enindgang"));
  // As nginx sends it with Debian's mime.types (render/server_policy): text/xml, without a charset.
  CHECK(preview.Get("/sitemap.xml")->get_header_value("Content-Type") == "text/xml");
  CHECK(preview.Get("/robots.txt")->get_header_value("Content-Type") == "text/plain; charset=utf-8");
  auto script = preview.Get("/__enindgang/reload.js");
  CHECK(script->get_header_value("Content-Type") == "application/javascript; charset=utf-8");
  CHECK_THAT(script->body, Catch::Contains("new EventSource(\"/__enindgang/events\")"));
}

TEST_CASE("serve shows a changed page after the next build") {
  Preview preview;
  preview.Change({{"content/da/index.md", PageFile("title: Forside\nlayout: landing", "Nu med ny tekst.\n")}});
  CHECK_THAT(preview.Get("/")->body, Catch::Contains("Nu med ny tekst."));
  CHECK_THAT(preview.out.str(), Catch::Contains("rebuilt in "));
  CHECK_THAT(preview.out.str(), Catch::Contains(" ms (content/da/index.md)"));
}

TEST_CASE("serve renders again only the pages of an edited body, and every page after a title change") {
  Preview preview;
  preview.Change({{"content/da/ord.md", PageFile("title: Ord\norder: 1", "En bisidder går med.\n")}});
  CHECK_THAT(preview.Get("/ord/")->body, Catch::Contains("En bisidder går med."));
  CHECK_THAT(preview.Get("/ar/ord/")->body, Catch::Contains("En bisidder går med."));  // the fallback copy too
  CHECK_THAT(preview.out.str(), Catch::Contains(" ms (content/da/ord.md): 3 pages rendered again\n"));

  preview.Change({{"content/da/ord.md", PageFile("title: Ordbog\norder: 1", "En bisidder går med.\n")}});
  CHECK_THAT(preview.Get("/")->body, Catch::Contains("Ordbog"));  // in the menu
  CHECK_THAT(preview.out.str(),
             Catch::Contains(" ms (content/da/ord.md): every page, because the title of content/da/ord.md changed\n"));
}

TEST_CASE("serve watches folders created after it started") {
  Preview preview;
  preview.Change({{"content/da/nyt/side.md", PageFile("title: Ny side", "Helt ny.\n")}});
  CHECK_THAT(preview.Get("/nyt/side/")->body, Catch::Contains("Helt ny."));
  preview.Change({{"content/da/nyt/side.md", PageFile("title: Ny side", "Rettet.\n")}});
  CHECK_THAT(preview.Get("/nyt/side/")->body, Catch::Contains("Rettet."));
}

TEST_CASE("while the build is broken, pages show the errors and assets the last good build") {
  Preview preview;
  auto stylesheet = StylesheetOf(preview.Get("/")->body);
  preview.Change({{"content/da/index.md", PageFile("title: Forside\nlayout: landing", "Se her: ![](x.png)\n")}});

  auto res = preview.Get("/");
  CHECK(res->status == 500);
  CHECK_THAT(res->body, Catch::Contains("<html lang=\"en\">"));
  CHECK(
      std::regex_search(res->body, std::regex(R"(content/da/index\.md:\d+:\d+: error: image x\.png has no alt text)")));
  CHECK_THAT(res->body, Catch::Contains(std::string(kReloadTag) + "</body>"));
  CHECK(preview.Get("/ord/")->status == 500);
  CHECK(preview.Get(stylesheet)->status == 200);
  CHECK_THAT(preview.err.str(), Catch::Contains("build failed in "));

  // Still broken after an edit elsewhere; the error page lists the same problems.
  auto errors = res->body;
  preview.Change({{"content/da/ord.md", PageFile("title: Ord\norder: 1", "Ændret.\n")}});
  CHECK(preview.Get("/")->body == errors);

  preview.Change({{"content/da/index.md", PageFile("title: Forside\nlayout: landing", "Se her: ![Et kort](x.png)\n")},
                  {"content/da/x.png", "PNG"}});
  res = preview.Get("/");
  CHECK(res->status == 200);
  CHECK_THAT(res->body, Catch::Contains("Et kort"));
  CHECK_THAT(preview.Get("/ord/")->body, Catch::Contains("Ændret."));
}

TEST_CASE("the error page escapes what it quotes from the site") {
  Preview preview;
  preview.Change({{"content/da/index.md", PageFile("title: Forside\nlayout: landing\n<b>: x", "Velkommen.\n")}});
  auto res = preview.Get("/");
  REQUIRE(res->status == 500);
  CHECK_THAT(res->body, !Catch::Contains("<b>"));
  CHECK_THAT(res->body, Catch::Contains("unknown front matter key &#39;&lt;b&gt;&#39;"));
}

TEST_CASE("the event stream announces each new build, and Stop ends it") {
  Preview preview;
  std::mutex mutex;
  std::condition_variable arrived;
  std::vector<std::string> events;
  httplib::Client stream("127.0.0.1", preview.server.port());
  stream.set_read_timeout(10, 0);
  std::thread listener([&] {
    std::string buffer;
    stream.Get("/__enindgang/events", [&](const char* data, size_t length) {
      buffer.append(data, length);
      std::lock_guard<std::mutex> lock(mutex);
      for (auto end = buffer.find("\n\n"); end != std::string::npos; end = buffer.find("\n\n")) {
        auto data_at = buffer.find("data: ");
        if (data_at < end) events.push_back(buffer.substr(data_at + 6, buffer.find('\n', data_at) - data_at - 6));
        buffer.erase(0, end + 2);
      }
      arrived.notify_all();
      return true;
    });
  });
  auto wait_for = [&](size_t count) {
    std::unique_lock<std::mutex> lock(mutex);
    return arrived.wait_for(lock, std::chrono::seconds(10), [&] { return events.size() >= count; });
  };
  REQUIRE(wait_for(1));
  preview.Change({{"content/da/ord.md", PageFile("title: Ord\norder: 1", "Ændret.\n")}});
  REQUIRE(wait_for(2));
  preview.server.Stop();  // must not wait for the open stream
  listener.join();
  CHECK(events[0] != events[1]);
}

TEST_CASE("the reload script is never part of the built site") {
  TestSite site(SmallSite());
  BuildRequest request;
  request.source = site.path();
  request.write = false;
  auto outcome = BuildInMemory(request);
  REQUIRE(outcome->ok());
  for (const auto& page : outcome->rendered.pages) CHECK_THAT(page.html, !Catch::Contains("__enindgang"));

  REQUIRE(site.Build() == 0);
  int pages = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(site.path() / "public")) {
    if (!entry.is_regular_file()) continue;
    auto relative = entry.path().lexically_relative(site.path() / "public").generic_string();
    INFO(relative);
    CHECK_THAT(site.Read(relative), !Catch::Contains("__enindgang"));
    pages += entry.path().extension() == ".html";
  }
  CHECK(pages > 3);
}

TEST_CASE("serve reports a port it cannot use") {
  TestSite site(SmallSite());
  std::ostringstream out, err;
  PreviewServer first(RequestFor(site), out, err);
  REQUIRE(first.Start());
  ServeRequest same_port = RequestFor(site);
  same_port.port = first.port();
  PreviewServer second(same_port, out, err);
  CHECK(!second.Start());
  CHECK_THAT(err.str(), Catch::Contains("cannot listen on 127.0.0.1:" + std::to_string(first.port())));
}

TEST_CASE("serve answers only requests addressed to this computer") {
  Preview preview;
  int port = preview.server.port();
  for (const char* name : {"127.0.0.1", "localhost", "[::1]"}) {
    INFO(name);
    auto res = preview.client->Get("/", {{"Host", HostHeaderFor(name, port)}});
    REQUIRE(res);
    CHECK(res->status == 200);
  }
  // DNS rebinding: a page of evil.example whose name now points at 127.0.0.1.
  for (std::string host :
       {HostHeaderFor("evil.example", port), std::string("evil.example"), HostHeaderFor("localhost.evil.example", port),
        HostHeaderFor("127.0.0.1", port + 1), HostHeaderFor("127.0.0.1.evil.example", port)}) {
    INFO(host);
    for (const char* path : {"/", "/ord/", "/__enindgang/events", "/__enindgang/reload.js", "/robots.txt"}) {
      INFO(path);
      auto res = preview.client->Get(path, {{"Host", host}});
      REQUIRE(res);
      CHECK(res->status == 421);
      CHECK_THAT(res->body, !Catch::Contains("Forside"));
      CHECK_THAT(res->body, !Catch::Contains("EventSource"));
      CHECK(res->get_header_value("Content-Type") == "text/plain; charset=utf-8");
    }
  }
  RawConnection no_host(port);
  no_host.Send("GET / HTTP/1.0\r\n\r\n");
  CHECK(no_host.Receive().starts_with("HTTP/1.1 421 "));
}

TEST_CASE("serve refuses to listen on an address other computers can reach") {
  TestSite site(SmallSite());
  std::ostringstream out, err;
  ServeRequest request = RequestFor(site);
  request.host = "0.0.0.0";
  PreviewServer server(request, out, err);
  CHECK(!server.Start());
  CHECK_THAT(err.str(), Catch::Contains("cannot serve on 0.0.0.0: serve shows drafts and is for this computer only"));
}

TEST_CASE("serve's redirects stay on this host") {
  Preview preview;
  // A browser reads "/\host/", "/<tab>/host/" and "//host/" as another host.
  for (const char* path : {"/%5Cevil.example/kommune/?q=8000", "/%09/evil.example/kommune/?q=8000",
                           "//evil.example/kommune/?q=8000", "//evil.example/", "//evil.example", "/%2F%2Fevil.example",
                           "/\\evil.example/kommune/?q=8000", "//ord", "/%5C%5Cord"}) {
    INFO(path);
    auto res = preview.Get(path);
    if (res->status / 100 != 3) continue;
    auto location = res->get_header_value("Location");
    INFO(location);
    CHECK(std::regex_match(location, std::regex(R"(/[A-Za-z0-9._~%-][A-Za-z0-9._~%/?=&+-]*)")));
  }
  CHECK(preview.Get("//ord")->get_header_value("Location") == "/ord/");
  CHECK(preview.Get("/en/kommune/?q=8000")->get_header_value("Location") == "/en/postnummer/8000/");
}

TEST_CASE("serve answers ranges with the whole file once") {
  Preview preview;
  auto stylesheet = StylesheetOf(preview.Get("/")->body);
  auto whole = preview.Get(stylesheet)->body;
  std::string ranges = "bytes=0-";
  while (ranges.size() < 3000) ranges += ",0-";
  auto res = preview.client->Get(stylesheet.c_str(), {{"Range", ranges}});
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->body.size() == whole.size());
  CHECK((res->body == whole));
  auto one = preview.client->Get(stylesheet.c_str(), {{"Range", "bytes=0-9"}});
  REQUIRE(one);
  CHECK(one->status == 200);  // not a part of the file with 200, as httplib would send it
  CHECK(one->body.size() == whole.size());
  CHECK(!one->has_header("Content-Range"));
}

TEST_CASE("serve refuses requests with a body before reading it") {
  Preview preview;
  std::string host = HostHeaderFor("127.0.0.1", preview.server.port());
  RawConnection post(preview.server.port());
  post.Send("POST / HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: 200000000\r\n\r\n");
  auto answer = post.Receive(std::chrono::seconds(3));  // without the body
  CHECK(answer.starts_with("HTTP/1.1 405 "));
  CHECK_THAT(answer, Catch::Contains("Allow: GET, HEAD\r\n"));
  CHECK(post.SendUpTo(kMegabyte * 20) < kMegabyte * 4);  // what the sockets' buffers hold at most

  // A client that asks before sending the body is told no at once, not to go ahead.
  RawConnection asking(preview.server.port());
  asking.Send("PUT /ord/ HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: 10\r\nExpect: 100-continue\r\n\r\n");
  CHECK(asking.Receive(std::chrono::seconds(3)).starts_with("HTTP/1.1 405 "));
  RawConnection foreign(preview.server.port());
  foreign.Send("GET / HTTP/1.1\r\nHost: evil.example\r\nContent-Length: 10\r\nExpect: 100-continue\r\n\r\n");
  CHECK(foreign.Receive(std::chrono::seconds(3)).starts_with("HTTP/1.1 421 "));

  auto head = preview.client->Head("/ord/");
  REQUIRE(head);
  CHECK(head->status == 200);
  auto put = preview.client->Put("/ord/", "x", "text/plain");
  REQUIRE(put);
  CHECK(put->status == 405);
}

TEST_CASE("serve stops reading a request head that does not end") {
  Preview preview;
  RawConnection flood(preview.server.port());
  flood.Send("GET / HTTP/1.1\r\nHost: " + HostHeaderFor("127.0.0.1", preview.server.port()) + "\r\nX-Long: ");
  CHECK(flood.SendUpTo(kMegabyte * 5) < kMegabyte * 4);

  RawConnection many_lines(preview.server.port());
  many_lines.Send("GET / HTTP/1.1\r\nHost: " + HostHeaderFor("127.0.0.1", preview.server.port()) + "\r\n");
  CHECK(many_lines.SendUpTo(kMegabyte * 5, "X-Header: " + std::string(90, 'a') + "\r\n") < kMegabyte * 4);
  CHECK(preview.Get("/")->status == 200);
}

TEST_CASE("idle and slow connections and open event streams leave room for page requests") {
  Preview preview;
  int port = preview.server.port();
  std::string host = HostHeaderFor("127.0.0.1", port);
  auto started = std::chrono::steady_clock::now();
  std::vector<std::unique_ptr<RawConnection>> held;
  for (int i = 0; i < 50; ++i) {
    held.push_back(std::make_unique<RawConnection>(port));
    if (i % 2) held.back()->Send("GET / HTTP/1.1\r\nHost: " + host + "\r\nX-Slow: ");  // and never the rest
  }
  for (int i = 0; i < 50; ++i) {
    held.push_back(std::make_unique<RawConnection>(port));
    held.back()->Send("GET /__enindgang/events HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
  }
  // httplib listens with a backlog of 5: the kernel dropped the others' SYNs, to be sent again a second later.
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::milliseconds(900));
  httplib::Client page("127.0.0.1", port);
  page.set_connection_timeout(10, 0);
  page.set_read_timeout(10, 0);
  auto res = page.Get("/ord/");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(6));

  // The newest event streams are still served.
  RawConnection stream(port);
  stream.Send("GET /__enindgang/events HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
  CHECK_THAT(stream.Receive(std::chrono::seconds(5), "data: "), Catch::Contains("data: "));
}

TEST_CASE("the oldest event stream ends when a seventeenth opens") {
  Preview preview;
  std::string request =
      "GET /__enindgang/events HTTP/1.1\r\nHost: " + HostHeaderFor("127.0.0.1", preview.server.port()) + "\r\n\r\n";
  std::vector<std::unique_ptr<RawConnection>> streams;
  for (int i = 0; i < 17; ++i) {
    streams.push_back(std::make_unique<RawConnection>(preview.server.port()));
    streams.back()->Send(request);
    CHECK_THAT(streams.back()->Receive(std::chrono::seconds(5), "data: "),
               Catch::Contains("data: "));  // open, in this order
  }
  auto started = std::chrono::steady_clock::now();
  streams.front()->Receive(std::chrono::seconds(10));  // returns when the server closes it
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
  streams.push_back(std::make_unique<RawConnection>(preview.server.port()));
  streams.back()->Send(request);
  started = std::chrono::steady_clock::now();
  streams[1]->Receive(std::chrono::seconds(10));
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
  CHECK(streams[2]->Receive(std::chrono::milliseconds(200)).empty());  // still open, nothing new
}

TEST_CASE("serve previews the newsletter at /_newsletter/ with its inline styles, and again after an edit") {
  const std::string today = text::IsoDate(text::TodayIn(text::kSiteTimeZone));
  auto files = SmallSite();
  files["content/da/nyheder/_index.md"] = PageFile("title: Nyheder\nlayout: list", "Nyt.\n");
  files["content/da/nyheder/nyt.md"] = PageFile("title: Ny pulje\ndate: " + today, "Søg nu.\n");
  Preview preview(files);
  auto res = preview.Get("/_newsletter/");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(res->get_header_value_count("Content-Security-Policy") == 1);
  CHECK_THAT(res->get_header_value("Content-Security-Policy"), Catch::Contains("style-src 'unsafe-inline'"));
  CHECK_THAT(res->get_header_value("Content-Security-Policy"), !Catch::Contains("script-src"));
  CHECK_THAT(res->body, Catch::Contains(">Ny pulje</a>"));
  CHECK_THAT(res->body, Catch::Contains("style=\""));
  preview.Change(
      {{"content/da/nyheder/nyt.md", PageFile("title: Ny pulje til familiehuse\ndate: " + today, "Søg nu.\n")}});
  CHECK_THAT(preview.Get("/_newsletter/")->body, Catch::Contains(">Ny pulje til familiehuse</a>"));
  CHECK(preview.Get("/")->get_header_value_count("Content-Security-Policy") == 1);  // the pages keep theirs
}
