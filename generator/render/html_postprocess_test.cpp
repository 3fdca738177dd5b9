#include "render/html_postprocess.h"

#include <catch2/catch.hpp>

#include "render/markdown.h"

using namespace enindgang;

namespace {

struct Processed {
  ProcessedHtml result;
  Diagnostics diagnostics;
};

Processed Process(const std::string& markdown, bool raw_html = false) {
  Processed p;
  PostProcessContext context;
  context.path = "content/da/side.md";
  context.body_first_line = 5;
  context.markdown = markdown;
  context.external_label = "(anden hjemmeside)";
  context.resolve_page = [](const std::string& target) -> std::optional<std::string> {
    if (target == "ord.md") return "/ord/";
    return std::nullopt;
  };
  // The page is content/da/emne/side.md; its folder holds kort.png and kort-æ.png.
  context.resolve_file = [](const std::string& name) -> std::optional<std::string> {
    if (name == "kort.png" || name == "kort-æ.png") return "/emne/" + name;
    return std::nullopt;
  };
  context.raw_html = raw_html;
  p.result = PostProcessHtml(MarkdownToHtml(markdown, raw_html), context, p.diagnostics);
  return p;
}

std::string Errors(const Diagnostics& diagnostics) {
  std::string all;
  for (const auto& d : diagnostics.Sorted()) all += d.Format() + "\n";
  return all;
}

}  // namespace

TEST_CASE("headings get stable ids from their text, unique within the page") {
  auto p = Process("## Hvad sker der?\n\n## Hvad sker der?\n\n### Ærø og Åbenrå\n");
  CHECK_THAT(p.result.html, Catch::Contains("<h2 id=\"hvad-sker-der\">"));
  CHECK_THAT(p.result.html, Catch::Contains("<h2 id=\"hvad-sker-der-2\">"));
  CHECK_THAT(p.result.html, Catch::Contains("<h3 id=\"aeroe-og-aabenraa\">"));
  REQUIRE(p.result.headings.size() == 3);
  CHECK(p.result.headings[2].level == 3);
}

TEST_CASE("Markdown links to pages become URLs, keeping the fragment") {
  auto p = Process("Se [bisidder](ord.md#bisidder).\n");
  CHECK_THAT(p.result.html, Catch::Contains("<a href=\"/ord/#bisidder\">bisidder</a>"));
  CHECK_FALSE(p.diagnostics.HasErrors());
}

TEST_CASE("external links are marked for screen readers and send no referrer") {
  auto p = Process("Ring til [BørneTelefonen](https://bornetelefonen.dk).\n");
  CHECK_THAT(p.result.html,
             Catch::Contains("<a href=\"https://bornetelefonen.dk\" class=\"external\" rel=\"external noreferrer\">"
                             "BørneTelefonen<span class=\"visually-hidden\"> (anden hjemmeside)</span></a>"));
}

TEST_CASE("a protocol-relative link goes to another site: it is marked external, however it is spelt") {
  auto markdown = Process("[a](//evil.example/a.md) [b](https://x.test/) [c](/om/)\n");
  CHECK_THAT(markdown.result.html, Catch::Contains("<a href=\"//evil.example/a.md\" class=\"external\""));
  CHECK_THAT(markdown.result.html, Catch::Contains("<a href=\"/om/\">"));
  CHECK_FALSE(markdown.diagnostics.HasErrors());
  // In raw HTML the address is as written; browsers read "/\\" and a tab between the slashes as "//".
  auto raw = Process("<a href=\"/\\evil.example/\">a</a> <a href=\" /&#9;/evil.example/\">b</a>\n", true);
  CHECK_THAT(raw.result.html, Catch::Contains("<a href=\"/\\evil.example/\" class=\"external\""));
  CHECK_THAT(raw.result.html, Catch::Contains("evil.example/\" class=\"external\" rel=\"external noreferrer\">b"));
  // An image from there is not a file of the site.
  CHECK_THAT(Errors(Process("<img alt=\"x\" src=\"/\\evil.example/x.png\"/>\n", true).diagnostics),
             Catch::Contains("not a file of this site"));
}

TEST_CASE("mailto and tel links are left alone; other schemes are errors at their position") {
  auto p = Process("[ring](tel:116111) [skriv](mailto:a@b.dk)\n\n[x](ftp://example.test/f)\n");
  CHECK_THAT(p.result.html, Catch::Contains("href=\"tel:116111\""));
  CHECK(Errors(p.diagnostics) ==
        "content/da/side.md:7:5: error: links with 'ftp:' are not allowed — use https:, http:, mailto: or tel:\n");
}

TEST_CASE("an image without alt text is an error at the image") {
  auto p = Process("Tekst\n\nSe: ![](kort.png)\n");
  CHECK(Errors(p.diagnostics) ==
        "content/da/side.md:7:5: error: image kort.png has no alt text — describe what the image shows between the "
        "brackets: ![what it shows](kort.png)\n");
}

TEST_CASE("an image with alt text passes") {
  auto p = Process("![Et kort over Danmark](kort.png)\n");
  CHECK_FALSE(p.diagnostics.HasErrors());
  CHECK_THAT(p.result.html, Catch::Contains("alt=\"Et kort over Danmark\""));
}

TEST_CASE("an image's src is the URL its file is published at; a file the site does not have is an error at its name") {
  // The page's own URL is a folder below its file's: "kort.png" as written would be looked for in /emne/side/.
  auto found = Process("![Et kort](kort.png) ![Et andet](kort-æ.png?v=2)\n");
  CHECK_FALSE(found.diagnostics.HasErrors());
  CHECK_THAT(found.result.html, Catch::Contains("<img src=\"/emne/kort.png\" alt=\"Et kort\"/>"));
  CHECK_THAT(found.result.html, Catch::Contains("<img src=\"/emne/kort-%C3%A6.png?v=2\""));
  auto raw = Process("<img src=\"kort.png\" alt=\"Et kort\"/>\n", true);
  CHECK_THAT(raw.result.html, Catch::Contains("<img src=\"/emne/kort.png\" alt=\"Et kort\"/>"));
  CHECK_THAT(Errors(Process("![Et kort](kort.png%1B%07)\n").diagnostics),
             Catch::Contains("image kort.png%1B%07 is not among"));
  auto missing = Process("Tekst.\n\nSe ![Et kort](mangler.png) og ![tomt]().\n");
  CHECK(
      Errors(missing.diagnostics) ==
      "content/da/side.md:7:15: error: image mangler.png is not among the site's files — put the file beside the page "
      "or correct its name; the name is relative to the page's file, e.g. billeder/kort.png\n"
      "content/da/side.md:7:37: error: an image has no file name — write ![what it shows](file.png)\n");
}

TEST_CASE("a body heading at level 1 or one that skips a level is an error") {
  auto p = Process("# Titel igen\n\n## Godt\n\n#### For dybt\n");
  CHECK(Errors(p.diagnostics) ==
        "content/da/side.md:5:1: error: heading 'Titel igen' is a level-1 heading — the page title is already the h1; "
        "start the body's headings at ##\n"
        "content/da/side.md:9:1: error: heading 'For dybt' skips from h2 to h4 — use ### here, one more # than the "
        "heading above\n");
}

TEST_CASE("table alignment becomes classes (the CSP forbids style attributes) and header cells get scope") {
  auto p = Process("| a | b |\n|:--|--:|\n| 1 | 2 |\n");
  CHECK_THAT(p.result.html, Catch::Contains("<th class=\"align-left\" scope=\"col\">a</th>"));
  CHECK_THAT(p.result.html, Catch::Contains("<td class=\"align-right\">2</td>"));
  CHECK_THAT(p.result.html, !Catch::Contains("align="));
}

TEST_CASE("source positions do not leak into the output, and empty elements keep end tags") {
  auto p = Process("| a |\n|---|\n|   |\n");
  CHECK_THAT(p.result.html, !Catch::Contains("data-sourcepos"));
  CHECK_THAT(p.result.html, Catch::Contains("<td></td>"));
}

TEST_CASE("plain text keeps block boundaries for readability checks") {
  auto p = Process("Første.\n\n- et\n- to\n");
  CHECK(p.result.plain_text == "Første.\net\nto\n");
}

TEST_CASE("on right-to-left pages a number with spaces is isolated so its groups keep their order") {
  Processed p;
  PostProcessContext context;
  context.path = "content/ar/side.md";
  context.markdown = "اتصل 116 111 أو 112.\n";
  context.right_to_left = true;
  context.resolve_page = [](const std::string&) { return std::nullopt; };
  context.resolve_file = [](const std::string&) { return std::nullopt; };
  p.result = PostProcessHtml(MarkdownToHtml(context.markdown, false), context, p.diagnostics);
  CHECK(p.result.html == "<p>اتصل <span dir=\"ltr\">116 111</span> أو 112.</p>");
}

TEST_CASE("link texts that mean nothing alone are errors") {
  auto p = Process("Vil du vide mere? [Klik her](ord.md). Eller [læs mere](https://example.test).\n");
  CHECK(Errors(p.diagnostics) ==
        "content/da/side.md:5:19: error: link text 'Klik her' does not say where the link goes — write what the reader "
        "finds there, e.g. [Dine rettigheder](rettigheder.md)\n"
        "content/da/side.md:5:45: error: link text 'læs mere' does not say where the link goes — write what the reader "
        "finds there, e.g. [Dine rettigheder](rettigheder.md)\n");
  CHECK_FALSE(Process("[Læs mere om bisiddere](ord.md)\n").diagnostics.HasErrors());
}

TEST_CASE("raw HTML that browsers read differently from XML is an error at its line") {
  // Each hides a link from the scheme rule in XML while a browser would show it.
  for (const std::string hidden :
       {"<!--> <a href=\"javascript:x()\">a</a> -->", "<!---> <a href=\"javascript:x()\">a</a> -->",
        "<!-- x --!> <a href=\"javascript:x()\">a</a> -->",
        "<div><![CDATA[ > <a href=\"javascript:x()\">a</a> ]]></div>"}) {
    auto p = Process("Tekst.\n\n" + hidden + "\n", true);
    REQUIRE(p.diagnostics.ErrorCount() == 1);
    CHECK(p.diagnostics.Sorted().at(0).where.line == 7);
    CHECK(p.result.html.empty());
  }
}

TEST_CASE("a plain comment in raw HTML is fine, and it does not reach the page") {
  auto p = Process("Tekst.\n\n<!-- en note til redaktionen -->\n", true);
  CHECK(p.diagnostics.ErrorCount() == 0);
  CHECK_THAT(p.result.html, !Catch::Contains("note"));
  CHECK_THAT(p.result.html, !Catch::Contains("<!--"));
}

TEST_CASE("a comment across Markdown blocks takes no generated attributes to the page") {
  auto p = Process("<!-- start\n\nAfsnit.\n\n- punkt\n\nslut -->\n\nSynligt.\n", true);
  CHECK(p.diagnostics.ErrorCount() == 0);
  CHECK_THAT(p.result.html, !Catch::Contains("data-sourcepos"));
  CHECK_THAT(p.result.html, Catch::Contains("Synligt."));
}

TEST_CASE("a raw HTML error is placed at the Markdown line, in plain words") {
  auto p = Process("Et.\n\nTo.\n\n<div>\n<p>Tekst\n</div>\n", true);
  REQUIRE(p.diagnostics.ErrorCount() == 1);
  const Diagnostic d = p.diagnostics.Sorted().at(0);  // a copy: Sorted() returns a temporary
  CHECK(d.where.line == 5 + 5);
  CHECK_THAT(d.message, !Catch::Contains("XML_"));
}

TEST_CASE("a paragraph directly above a table is placed at its own line") {
  auto p = Process("Et.\n\nLæs [her](ord.md).\n| a | b |\n|---|---|\n| 1 | 2 |\n");
  REQUIRE(p.diagnostics.ErrorCount() == 1);
  CHECK(p.diagnostics.Sorted().at(0).where.line == 5 + 2);
  CHECK(p.diagnostics.Sorted().at(0).where.column == 5);
}
