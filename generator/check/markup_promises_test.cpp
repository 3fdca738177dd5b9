#include "check/markup_promises.h"

#include <catch2/catch.hpp>
#include <tinyxml2.h>

using namespace enindgang;

namespace {

// What is wrong in `html`, each as "needle: message".
std::vector<std::string> Broken(const std::string& html) {
  std::vector<std::string> out;
  for (const auto& b : FindBrokenPromises(html, "https://example.test")) out.push_back(b.needle + ": " + b.message);
  return out;
}

std::string Page(const std::string& body) {
  return "<!DOCTYPE html><html lang=da><head></head><body>" + body + "</body></html>";
}

}  // namespace

TEST_CASE("a page of the site's own kind keeps every promise") {
  CHECK(Broken(Page("<script src=\"/assets/quick_exit.1234.js\" defer></script>"
                    "<link rel=\"stylesheet\" href=\"/assets/style.css\"><link rel=\"canonical\" "
                    "href=\"https://example.test/\">"
                    "<link rel=\"alternate\" hreflang=\"en\" href=\"https://other.example/en/\">"
                    "<meta http-equiv=\"refresh\" content=\"0; url=/kommune/aarhus/\">"
                    "<a href=\"https://www.borns-vilkaar.dk/\">BørneTelefonen</a><a href=\"tel:116111\">116 111</a>"
                    "<img src=\"kort.png\" srcset=\"kort.png 1x, kort-2x.png 2x\" alt=\"Kort\">"
                    "<form action=\"/kommune/\" role=\"search\"><input name=\"q\"></form>"))
            .empty());
}

TEST_CASE("scripts: only the site's own files") {
  CHECK(Broken(Page("<script>alert(1)</script>")) ==
        std::vector<std::string>{"<script: <script> with code written into the page"});
  CHECK(Broken(Page("<script src=\"https://evil.example/x.js\"></script>")) ==
        std::vector<std::string>{
            "https://evil.example/x.js: <script src=\"https://evil.example/x.js\"> loads from another site"});
  CHECK(Broken(Page("<svg><script>alert(1)</script></svg>")).size() == 1);
  CHECK(Broken(Page("<template><script>alert(1)</script></template>")).size() == 1);
}

TEST_CASE("no event handler, whatever its case or element") {
  CHECK(Broken(Page("<img src=x onerror=alert(1)>")) ==
        std::vector<std::string>{"onerror: event-handler attribute onerror would run code written into the page"});
  CHECK(Broken(Page("<svg><g ONLOAD=\"alert(1)\"></g></svg>")).size() == 1);
  CHECK(Broken("<body onload=alert(1)>").size() == 1);
}

TEST_CASE("no javascript: or data: address, however it is spelled") {
  CHECK(Broken(Page("<a href=\"data:text/html,x\">x</a>")) ==
        std::vector<std::string>{
            "data:text/html,x: <a href=\"data:text/html,x\"> opens a document written into the address (data:)"});
  CHECK(Broken(Page("<a href=\"&#106;ava&#x09;script:alert(1)\">x</a>")).size() == 1);
  CHECK(Broken(Page("<form><button formaction=\"javascript:alert(1)\">x</button></form>")).size() == 1);
  CHECK(Broken(Page("<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>")).size() == 1);
  CHECK(Broken(Page("<math href=\"javascript:alert(1)\"><mi>x</mi></math>")).size() == 1);
  CHECK(Broken(Page("<svg><a><set attributeName=\"href\" to=\"javascript:alert(1)\"/></a></svg>")).size() == 1);
}

TEST_CASE("nothing is loaded from another site") {
  CHECK(Broken(Page("<iframe src=\"https://evil.example\"></iframe>")) ==
        std::vector<std::string>{"<iframe: <iframe> embeds another document or plug-in in the page"});
  CHECK(Broken(Page("<object data=\"x.swf\"></object>")).size() == 1);
  CHECK(Broken(Page("<embed src=\"x.swf\">")).size() == 1);
  CHECK(Broken(Page("<link rel=stylesheet href=//evil.example/x.css>")).size() == 1);
  CHECK(Broken(Page("<link rel=preconnect href=https://evil.example>")).size() == 1);
  CHECK(Broken(Page("<img src=\"a.png\" srcset=\"a.png 1x, https://evil.example/b.png 2x\">")) ==
        std::vector<std::string>{"https://evil.example/b.png: <img srcset=\"https://evil.example/b.png\"> loads from "
                                 "another site"});
  CHECK(Broken(Page("<img src=\"data:image/png;base64,AAAA\">")).size() == 1);
  CHECK(Broken(Page("<video src=\"film.mp4\"></video>")).size() == 1);  // media-src falls back to 'none'
  CHECK(Broken(Page("<table background=\"https://evil.example/x.png\"><tr><td>x</td></tr></table>")).size() == 1);
  CHECK(Broken(Page("<a href=\"/\" ping=\"https://evil.example/track\">x</a>")).size() == 1);
  CHECK(Broken(Page("<svg><image href=\"https://evil.example/x.png\"/></svg>")).size() == 1);
}

TEST_CASE("forms, base and refresh stay on the site") {
  CHECK(
      Broken(Page("<form action=https://evil.example><input></form>")) ==
      std::vector<std::string>{"https://evil.example: <form action=\"https://evil.example\"> loads from another site"});
  CHECK(Broken(Page("<base href=\"https://evil.example/\">")) ==
        std::vector<std::string>{"<base: <base href> changes where every address of the page points"});
  CHECK(Broken(Page("<meta http-equiv=\"Refresh\" content=\"0;url=https://evil.example\">")) ==
        std::vector<std::string>{"https://evil.example: <meta http-equiv=\"refresh\"> sends the reader on to "
                                 "\"https://evil.example\" by itself"});
}

TEST_CASE("no style written into the page") {
  CHECK(Broken(Page("<p style=\"background:url(https://evil.example)\">x</p>")) ==
        std::vector<std::string>{"style=: style attribute writes styles into the page"});
  CHECK(Broken(Page("<style>p{}</style>")).size() == 1);
}

TEST_CASE("markup inside text is not markup, as in a browser") {
  CHECK(Broken(Page("<p>&lt;script&gt;alert(1)&lt;/script&gt; onerror=x</p><textarea><script>x</script></textarea>"))
            .empty());
  CHECK(Broken(Page("<!-- <script>alert(1)</script> -->")).empty());
}

TEST_CASE("a page nested deeper than any stack is walked") {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<span>";
  CHECK(Broken(Page(deep + "<img src=x onerror=alert(1)>")).size() == 1);
}

TEST_CASE("a JSON data block is data, not code") {
  CHECK(Broken(Page("<script type=\"application/json\" id=\"lookup-strings\">{\"a\":1}</script>")).empty());
  CHECK(Broken(Page("<script type=\"module\">alert(1)</script>")).size() == 1);
  CHECK(Broken(Page("<script type=\"text/plain\">x</script>")).size() == 1);
}

TEST_CASE("the theme's JSON-LD is data in <head>; anywhere else, or in content, it is refused") {
  const std::string ld = "<script type=\"application/ld+json\">{\"@type\":\"GovernmentOrganization\"}</script>";
  const std::string in_head = "<!DOCTYPE html><html lang=da><head>" + ld + "</head><body><p>x</p></body></html>";
  CHECK(Broken(in_head).empty());
  CHECK(Broken(Page(ld)) == std::vector<std::string>{"<script: <script type=\"application/ld+json\"> outside <head>"});
  // Still code: an inline script beside it, or one whose type only looks like data.
  CHECK(Broken("<!DOCTYPE html><html><head>" + ld + "<script>alert(1)</script></head><body></body></html>").size() ==
        1);
  CHECK(Broken("<!DOCTYPE html><html><head><script type=\"application/ld+json;x\">1</script></head></html>").size() ==
        1);
  CHECK(Broken("<!DOCTYPE html><html><head><script type=\"text/ld+json\">1</script></head></html>").size() == 1);
  // A page's content (a Markdown body, parsed on its own) holds no data block at all.
  for (const std::string type : {"application/ld+json", "application/json"}) {
    auto found = FindBrokenPromises("<script type=\"" + type + "\">{}</script><p>Tekst</p>", "https://example.test",
                                    DataBlocks::kNone);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message == "<script type=\"" + type + "\"> writes data into a page's content");
  }
}

TEST_CASE("the JSON-LD rule reads tinyxml2's tree as it reads gumbo's") {
  tinyxml2::XMLDocument head;
  REQUIRE(head.Parse("<html><head><script type=\"application/ld+json\">{}</script></head><body/></html>") ==
          tinyxml2::XML_SUCCESS);
  CHECK(FindBrokenPromises(head, "https://example.test").empty());
  CHECK(FindBrokenPromises(head, "https://example.test", DataBlocks::kNone).size() == 1);
  tinyxml2::XMLDocument body;
  REQUIRE(body.Parse("<html><head/><body><script type=\"application/ld+json\">{}</script></body></html>") ==
          tinyxml2::XML_SUCCESS);
  CHECK(FindBrokenPromises(body, "https://example.test").size() == 1);
}

TEST_CASE("an SVG script's href is a script's address") {
  CHECK(Broken(Page("<svg><script href=\"https://evil.example/x.js\"></script></svg>")).size() == 1);
  CHECK(Broken(Page("<svg><script xlink:href=\"/assets/x.js\"></script></svg>")).empty());
}
