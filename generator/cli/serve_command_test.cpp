// `enindgang serve`: a PreviewServer on a free port over an inline site,
// driven by an HTTP client. Waits are for the next build (bounded), never sleeps.
#include "cli/serve_command.h"

#include <httplib.h>

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

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string StylesheetOf(const std::string& html) {
  std::smatch match;
  REQUIRE(std::regex_search(html, match, std::regex(R"(/assets/style\.[0-9a-f]+\.css)")));
  return match.str();
}

}  // namespace

TEST_CASE("serve answers / with the page, one reload script and no-store") {
  Preview preview;
  auto res = preview.Get("/");
  CHECK(res->status == 200);
  CHECK(res->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(res->get_header_value("Cache-Control") == "no-store");
  CHECK(Contains(res->body, "Forside"));
  CHECK(Contains(res->body, std::string(kReloadTag) + "</body>"));
  CHECK(res->body.find(kReloadTag) == res->body.rfind(kReloadTag));
  CHECK(preview.server.generation() == 1);
  CHECK(Contains(preview.out.str(), "built in "));
}

TEST_CASE("serve sends the security headers of the generated nginx.conf") {
  Preview preview;
  REQUIRE(preview.site.Build() == 0);
  std::string nginx = preview.site.Read("nginx.conf");
  auto res = preview.Get("/");
  for (const char* name : {"Content-Security-Policy", "Referrer-Policy", "X-Content-Type-Options", "Permissions-Policy"}) {
    INFO(name);
    auto value = res->get_header_value(name);
    CHECK(!value.empty());
    CHECK(Contains(nginx, "add_header " + std::string(name) + " \"" + value + "\" always;"));
  }
  auto csp = res->get_header_value("Content-Security-Policy");
  CHECK(Contains(csp, "script-src 'self';"));
  CHECK(Contains(csp, "connect-src 'self';"));  // lets the page open the event stream
}

TEST_CASE("serve maps URLs to output files the way nginx does") {
  Preview preview;
  CHECK(preview.Get("/ord/")->status == 200);
  CHECK(Contains(preview.Get("/ord/index.html")->body, "bisidder"));
  auto redirect = preview.Get("/ord");
  CHECK(redirect->status == 301);
  CHECK(redirect->get_header_value("Location") == "/ord/");
  auto postcode = preview.Get("/kommune/?q=DK-8000");
  CHECK(postcode->status == 302);
  CHECK(postcode->get_header_value("Location") == "/postnummer/8000/");
  CHECK(preview.Get("/nginx.conf")->status == 404);
}

TEST_CASE("serve answers unknown paths with the language's 404 page") {
  Preview preview;
  auto danish = preview.Get("/nope/");
  CHECK(danish->status == 404);
  CHECK(Contains(danish->body, "<html lang=\"da\""));
  CHECK(Contains(danish->body, kReloadTag));
  auto english = preview.Get("/en/nope/");
  CHECK(english->status == 404);
  CHECK(Contains(english->body, "<html lang=\"en\""));
}

TEST_CASE("serve sends each kind of file with its content type") {
  Preview preview;
  auto css = preview.Get(StylesheetOf(preview.Get("/")->body));
  CHECK(css->status == 200);
  CHECK(css->get_header_value("Content-Type") == "text/css; charset=utf-8");
  CHECK(!Contains(css->body, "__enindgang"));
  CHECK(preview.Get("/sitemap.xml")->get_header_value("Content-Type") == "application/xml; charset=utf-8");
  CHECK(preview.Get("/robots.txt")->get_header_value("Content-Type") == "text/plain; charset=utf-8");
  auto script = preview.Get("/__enindgang/reload.js");
  CHECK(script->get_header_value("Content-Type") == "application/javascript; charset=utf-8");
  CHECK(Contains(script->body, "new EventSource(\"/__enindgang/events\")"));
}

TEST_CASE("serve shows a changed page after the next build") {
  Preview preview;
  preview.Change({{"content/da/index.md", PageFile("title: Forside\nlayout: landing", "Nu med ny tekst.\n")}});
  CHECK(Contains(preview.Get("/")->body, "Nu med ny tekst."));
  CHECK(Contains(preview.out.str(), "rebuilt in "));
  CHECK(Contains(preview.out.str(), " ms (content/da/index.md)"));
}

TEST_CASE("serve renders again only the pages of an edited body, and every page after a title change") {
  Preview preview;
  preview.Change({{"content/da/ord.md", PageFile("title: Ord\norder: 1", "En bisidder går med.\n")}});
  CHECK(Contains(preview.Get("/ord/")->body, "En bisidder går med."));
  CHECK(Contains(preview.Get("/ar/ord/")->body, "En bisidder går med."));  // the fallback copy too
  CHECK(Contains(preview.out.str(), " ms (content/da/ord.md): 3 pages rendered again\n"));

  preview.Change({{"content/da/ord.md", PageFile("title: Ordbog\norder: 1", "En bisidder går med.\n")}});
  CHECK(Contains(preview.Get("/")->body, "Ordbog"));  // in the menu
  CHECK(Contains(preview.out.str(),
                 " ms (content/da/ord.md): every page, because the title of content/da/ord.md changed\n"));
}

TEST_CASE("serve watches folders created after it started") {
  Preview preview;
  preview.Change({{"content/da/nyt/side.md", PageFile("title: Ny side", "Helt ny.\n")}});
  CHECK(Contains(preview.Get("/nyt/side/")->body, "Helt ny."));
  preview.Change({{"content/da/nyt/side.md", PageFile("title: Ny side", "Rettet.\n")}});
  CHECK(Contains(preview.Get("/nyt/side/")->body, "Rettet."));
}

TEST_CASE("while the build is broken, pages show the errors and assets the last good build") {
  Preview preview;
  auto stylesheet = StylesheetOf(preview.Get("/")->body);
  preview.Change({{"content/da/index.md", PageFile("title: Forside\nlayout: landing", "Se her: ![](x.png)\n")}});

  auto res = preview.Get("/");
  CHECK(res->status == 500);
  CHECK(Contains(res->body, "<html lang=\"en\">"));
  CHECK(std::regex_search(res->body, std::regex(R"(content/da/index\.md:\d+:\d+: error: image x\.png has no alt text)")));
  CHECK(Contains(res->body, std::string(kReloadTag) + "</body>"));
  CHECK(preview.Get("/ord/")->status == 500);
  CHECK(preview.Get(stylesheet)->status == 200);
  CHECK(Contains(preview.err.str(), "build failed in "));

  // Still broken after an edit elsewhere; the error page lists the same problems.
  auto errors = res->body;
  preview.Change({{"content/da/ord.md", PageFile("title: Ord\norder: 1", "Ændret.\n")}});
  CHECK(preview.Get("/")->body == errors);

  preview.Change({{"content/da/index.md", PageFile("title: Forside\nlayout: landing", "Se her: ![Et kort](x.png)\n")},
                  {"content/da/x.png", "PNG"}});
  res = preview.Get("/");
  CHECK(res->status == 200);
  CHECK(Contains(res->body, "Et kort"));
  CHECK(Contains(preview.Get("/ord/")->body, "Ændret."));
}

TEST_CASE("the error page escapes what it quotes from the site") {
  Preview preview;
  preview.Change({{"content/da/index.md", PageFile("title: Forside\nlayout: landing\n<b>: x", "Velkommen.\n")}});
  auto res = preview.Get("/");
  REQUIRE(res->status == 500);
  CHECK(!Contains(res->body, "<b>"));
  CHECK(Contains(res->body, "unknown front matter key &#39;&lt;b&gt;&#39;"));
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
  for (const auto& page : outcome->rendered.pages) CHECK(!Contains(page.html, "__enindgang"));

  REQUIRE(site.Build() == 0);
  int pages = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(site.path() / "public")) {
    if (!entry.is_regular_file()) continue;
    auto relative = entry.path().lexically_relative(site.path() / "public").generic_string();
    INFO(relative);
    CHECK(!Contains(site.Read(relative), "__enindgang"));
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
  CHECK(Contains(err.str(), "cannot listen on 127.0.0.1:" + std::to_string(first.port())));
}
