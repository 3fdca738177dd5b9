#include "check/html_structure.h"

#include <catch2/catch.hpp>

using namespace enindgang;

namespace {

// A page as RenderContentPage makes it: the layout rendered around the placeholder, then the body put in.
RenderedPage PageWithBody(const std::string& layout_before, const std::string& layout_after,
                          const std::string& body_html, std::vector<Heading> body_headings) {
  RenderedPage page;
  page.source_path = "content/da/ord.md";
  page.output_path = "ord/index.html";
  page.html = layout_before + std::string(kBodyPlaceholder) + layout_after;
  ProcessedHtml body;
  body.html = body_html;
  body.headings = std::move(body_headings);
  PlaceBody(page, body);
  return page;
}

std::vector<std::string> Messages(const RenderedPage& page) {
  Diagnostics diagnostics;
  CheckHtmlStructure(page, diagnostics);
  std::vector<std::string> messages;
  for (const auto& d : diagnostics.Sorted()) messages.push_back(d.message);
  return messages;
}

const std::string kBefore = "<html lang=\"da\" dir=\"ltr\"><body><main><h1>Ord</h1>";
const std::string kAfter = "</main></body></html>";

}  // namespace

TEST_CASE("the body is put in place of the placeholder and its place is noted") {
  auto page = PageWithBody(kBefore, kAfter, "<h2 id=\"a\">A</h2><p>Tekst</p>", {{2, "a", "A"}});
  CHECK(page.html == kBefore + "<h2 id=\"a\">A</h2><p>Tekst</p>" + kAfter);
  CHECK(page.body_offset == kBefore.size());
  CHECK(Messages(page).empty());
}

TEST_CASE("the body's headings count in the page's outline where the body is") {
  auto page = PageWithBody(kBefore, kAfter, "<h4 id=\"a\">A</h4>", {{4, "a", "A"}});
  REQUIRE(Messages(page).size() == 1);
  CHECK(Messages(page)[0].find("heading 'A' skips from h1 to h4") == 0);
}

TEST_CASE("the layout around the body is still checked") {
  auto unclosed = PageWithBody(kBefore + "<div>", kAfter, "<p>Tekst</p>", {});
  REQUIRE(Messages(unclosed).size() == 1);
  CHECK_THAT(Messages(unclosed)[0], Catch::Contains("not well-formed"));
  auto two_titles = PageWithBody(kBefore, "<h1>Igen</h1>" + kAfter, "<p>Tekst</p>", {});
  CHECK(Messages(two_titles) ==
        std::vector<std::string>{"the page has 2 h1 headings, it needs exactly one (ord/index.html)"});
}

TEST_CASE("a layout that shows the body twice gets it twice, and the whole page is checked") {
  auto page = PageWithBody(kBefore + std::string(kBodyPlaceholder), kAfter, "<h1>Ekstra</h1>", {{1, "e", "Ekstra"}});
  CHECK(page.body_offset == std::string::npos);
  CHECK_THAT(page.html, !Catch::Contains(std::string(kBodyPlaceholder)));
  CHECK(Messages(page) ==
        std::vector<std::string>{"the page has 3 h1 headings, it needs exactly one (ord/index.html)"});
}

TEST_CASE("an end tag outside every element does not end the check early") {
  RenderedPage page;
  page.source_path = "themes/";
  page.output_path = "404.html";
  page.html = "<!DOCTYPE html></p><html lang=\"da\" dir=\"ltr\"><body><h1>A</h1></body></html>";
  auto messages = Messages(page);
  REQUIRE(messages.size() == 1);
  CHECK(messages[0] == "the generated page is not well-formed: a tag is closed outside every element (404.html)");
}
