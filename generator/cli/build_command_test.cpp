// Whole-site tests: build small sites from inline files and check the output.
#include "cli/build_command.h"

#include <sstream>
#include <stdexcept>

#include <catch2/catch.hpp>

#include "cli/check_report.h"

#include "test_site.h"

using namespace enindgang;
using enindgang::testing::PageFile;
using enindgang::testing::TestSite;

namespace {

TestSite TwoPageSite() {
  return TestSite({
      {"content/da/index.md",
       PageFile("title: Forside\nlayout: landing", "Hej. Læs [dine rettigheder](rettigheder.md).\n")},
      {"content/da/rettigheder.md", PageFile("title: Dine rettigheder\norder: 1", "## Du skal høres\n\nTekst.\n")},
      {"content/en/index.md",
       PageFile("title: Home\nlayout: landing\ntranslation: needs-review", "Hi. See [your rights](rettigheder.md).\n")},
  });
}

}  // namespace

TEST_CASE("Danish pages are published at the root, other languages under /<lang>/") {
  auto site = TwoPageSite();
  REQUIRE(site.Build() == 0);
  CHECK_THAT(site.Read("index.html"), Catch::Contains("<html lang=\"da\" dir=\"ltr\">"));
  CHECK_THAT(site.Read("en/index.html"), Catch::Contains("<html lang=\"en\" dir=\"ltr\">"));
  CHECK_THAT(site.Read("ar/index.html"), Catch::Contains("<html lang=\"ar\" dir=\"rtl\">"));
}

TEST_CASE("a missing translation falls back to Danish, marked lang=da, with a notice in the reader's language") {
  auto site = TwoPageSite();
  REQUIRE(site.Build() == 0);
  std::string page = site.Read("en/rettigheder/index.html");
  CHECK_THAT(page, Catch::Contains("<html lang=\"en\""));
  CHECK_THAT(page, Catch::Contains("<article lang=\"da\" dir=\"ltr\">"));
  CHECK_THAT(page, Catch::Contains("This page is not in your language yet. Here it is in Danish."));
  CHECK_THAT(page, Catch::Contains("<link rel=\"canonical\" href=\"https://example.test/rettigheder/\"/>"));
  CHECK_THAT(page, !Catch::Contains("hreflang=\"en\" href"));  // no hreflang to a fallback
  CHECK_THAT(page, Catch::Contains("noindex"));
}

TEST_CASE("hreflang alternates link only real translations") {
  auto site = TwoPageSite();
  REQUIRE(site.Build() == 0);
  std::string home = site.Read("index.html");
  CHECK_THAT(home, Catch::Contains("<link rel=\"alternate\" hreflang=\"da\" href=\"https://example.test/\"/>"));
  CHECK_THAT(home, Catch::Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.test/en/\"/>"));
  CHECK_THAT(home, !Catch::Contains("hreflang=\"ar\" href=\"https://example.test/ar/\"/>"));
  // Rights exists only in Danish: no alternates at all.
  CHECK_THAT(site.Read("rettigheder/index.html"), !Catch::Contains("rel=\"alternate\""));
}

TEST_CASE("the language switcher shows endonyms and links to the same page in each language") {
  auto site = TwoPageSite();
  REQUIRE(site.Build() == 0);
  std::string page = site.Read("rettigheder/index.html");
  CHECK_THAT(page, Catch::Contains("<a href=\"/en/rettigheder/\" lang=\"en\" hreflang=\"en\">English</a>"));
  CHECK_THAT(page, Catch::Contains("<a href=\"/ar/rettigheder/\" lang=\"ar\" hreflang=\"ar\">العربية</a>"));
}

TEST_CASE("Markdown links to other pages become that page's URL in the same language") {
  auto site = TwoPageSite();
  REQUIRE(site.Build() == 0);
  CHECK_THAT(site.Read("en/index.html"), Catch::Contains("<a href=\"/en/rettigheder/\">your rights</a>"));
  CHECK_THAT(site.Read("index.html"), Catch::Contains("<a href=\"/rettigheder/\">dine rettigheder</a>"));
}

TEST_CASE("a slug in front matter sets the URL in that language") {
  TestSite site({
      {"content/da/rettigheder.md", PageFile("title: Rettigheder", "x\n")},
      {"content/en/rettigheder.md", PageFile("title: Rights\nslug: your-rights", "x\n")},
  });
  REQUIRE(site.Build() == 0);
  CHECK(site.Exists("en/your-rights/index.html"));
  CHECK_THAT(site.Read("rettigheder/index.html"), Catch::Contains("href=\"https://example.test/en/your-rights/\""));
}

TEST_CASE("sitemap.xml, robots.txt and 404 pages are written") {
  auto site = TwoPageSite();
  REQUIRE(site.Build() == 0);
  std::string sitemap = site.Read("sitemap.xml");
  CHECK_THAT(sitemap, Catch::Contains("<loc>https://example.test/</loc>"));
  CHECK_THAT(sitemap,
             Catch::Contains("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.test/en/\"/>"));
  CHECK_THAT(sitemap, !Catch::Contains("<loc>https://example.test/en/rettigheder/</loc>"));  // fallback left out
  CHECK_THAT(site.Read("robots.txt"), Catch::Contains("Sitemap: https://example.test/sitemap.xml"));
  CHECK(site.Exists("404.html"));
  CHECK(site.Exists("en/404.html"));
}

TEST_CASE("one local page per municipality and language") {
  auto site = TwoPageSite();
  REQUIRE(site.Build() == 0);
  CHECK(site.Exists("kommune/aarhus/index.html"));
  CHECK(site.Exists("en/kommune/assens/index.html"));
  CHECK(site.Exists("ar/kommune/middelfart/index.html"));
}

TEST_CASE("an image without alt text stops the build and leaves the previous site byte-identical") {
  auto site = TwoPageSite();
  REQUIRE(site.Build() == 0);
  std::string before = site.Read("rettigheder/index.html");
  site.Write({{"content/da/rettigheder.md", PageFile("title: Dine rettigheder", "Tekst.\n\nSe her: ![](kort.png)\n")}});
  CHECK(site.Build() == 1);
  CHECK_THAT(site.errors(), Catch::Contains("content/da/rettigheder.md:6:9: error: image kort.png has no alt text"));
  CHECK_THAT(site.errors(), Catch::Contains("the previous site is unchanged"));
  CHECK(site.Read("rettigheder/index.html") == before);
}

TEST_CASE("a link to a page that does not exist is an error at its position") {
  TestSite site({{"content/da/index.md", PageFile("title: Forside", "Se [ord](ord.md).\n")}});
  CHECK(site.Build() == 1);
  CHECK_THAT(site.errors(),
             Catch::Contains("content/da/index.md:4:10: error: link to a page that does not exist: ord.md"));
}

TEST_CASE("every error is reported, sorted by file and line") {
  TestSite site({
      {"content/da/b.md", PageFile("title: B\naudience: kids", "x\n")},
      {"content/da/a.md", PageFile("tilte: A", "x\n")},
  });
  CHECK(site.Build() == 1);
  std::string e = site.errors();
  auto a = e.find("content/da/a.md:2:1: error: unknown front matter key 'tilte' — did you mean 'title'?");
  auto b = e.find("content/da/b.md:3:11: error: 'audience' cannot be 'kids'");
  CHECK(a != std::string::npos);
  CHECK(b != std::string::npos);
  CHECK(a < b);
}

TEST_CASE("raw HTML is not passed through unless the site allows it") {
  TestSite site({{"content/da/index.md", PageFile("title: Forside", "<script>alert(1)</script>\n\nTekst\n")}});
  REQUIRE(site.Build() == 0);
  CHECK_THAT(site.Read("index.html"), !Catch::Contains("<script>alert(1)"));
}

TEST_CASE("drafts are held back unless asked for, and the summary says so") {
  TestSite site({{"content/da/kladde.md", PageFile("title: Kladde\ndraft: true", "x\n")},
                 {"content/da/index.md", PageFile("title: Forside", "x\n")}});
  REQUIRE(site.Build() == 0);
  CHECK_FALSE(site.Exists("kladde/index.html"));
  CHECK_THAT(site.out(), Catch::Contains("held back: content/da/kladde.md (draft)"));
  BuildOptions options;
  options.include_drafts = true;
  REQUIRE(site.Build(options) == 0);
  CHECK(site.Exists("kladde/index.html"));
}

TEST_CASE("a file only held-back pages use is held back with them") {
  TestSite site({{"content/da/nyheder/kampagne.md",
                  PageFile("title: Kampagne\npublish: 2099-01-01 08:00", "![Plakaten](plakat.png)\n")},
                 {"content/da/nyheder/plakat.png", "PNG"},
                 {"content/da/kladde.md", PageFile("title: Kladde\ndraft: true", "![Kortet](kort.png)\n")},
                 {"content/da/side.md", PageFile("title: Side", "![Kortet](kort.png)\n")},
                 {"content/da/kort.png", "PNG"},
                 {"content/da/bilag.pdf", "PDF"},
                 {"content/da/index.md", PageFile("title: Forside", "x\n")}});
  REQUIRE(site.Build() == 0);
  CHECK_FALSE(site.Exists("nyheder/plakat.png"));
  CHECK_THAT(site.out(), Catch::Contains("held back: content/da/nyheder/plakat.png (used only by held-back pages)"));
  CHECK(site.Exists("kort.png"));   // a published page uses it too
  CHECK(site.Exists("bilag.pdf"));  // no page names it
  BuildOptions options;
  options.include_future = true;
  REQUIRE(site.Build(options) == 0);
  CHECK(site.Exists("nyheder/plakat.png"));
}

TEST_CASE("news list pages show their posts newest first with dates formatted per language") {
  TestSite site({
      {"content/da/nyheder/_index.md", PageFile("title: Nyheder\nlayout: list", "")},
      {"content/da/nyheder/a.md", PageFile("title: Gammel\ndate: 2024-04-01", "x\n")},
      {"content/da/nyheder/b.md", PageFile("title: Ny\ndate: 2026-06-24", "x\n")},
  });
  REQUIRE(site.Build() == 0);
  std::string list = site.Read("nyheder/index.html");
  CHECK_THAT(list, Catch::Contains("24. juni 2026"));
  CHECK(list.find("Ny</a>") < list.find("Gammel</a>"));
  CHECK_THAT(site.Read("en/nyheder/index.html"), Catch::Contains("24 June 2026"));
}

TEST_CASE("a content folder that is not a language is reported with a suggestion") {
  TestSite site(
      {{"content/dk/index.md", PageFile("title: X", "x\n")}, {"content/da/index.md", PageFile("title: X", "x\n")}});
  CHECK(site.Build() == 1);
  CHECK_THAT(site.errors(),
             Catch::Contains("content/dk: error: folder 'dk' is not a language of the site — did you mean 'da'?"));
}

TEST_CASE("the site's own templates override the theme's") {
  TestSite site(
      {{"content/da/index.md", PageFile("title: Forside", "x\n")}, {"templates/404.mustache", "<h1>Egen 404</h1>\n"}});
  REQUIRE(site.Build() == 0);
  CHECK_THAT(site.Read("404.html"), Catch::Contains("<h1>Egen 404</h1>"));
}

TEST_CASE("a Danish child page above the LIX limit stops the build with its path; the summary lists LIX per page") {
  TestSite site({{"content/da/index.md", PageFile("title: Hej", "Du kan få hjælp. Ring til os.\n")}});
  REQUIRE(site.Build() == 0);
  CHECK_THAT(site.out(), Catch::Contains("content/da/index.md 3\n"));  // 8 words, 3 sentences, no long words
  site.Write({{"content/da/svaer.md",
               PageFile("title: Svær",
                        "Kommunalbestyrelsens socialfaglige myndighedsudøvelse forudsætter helhedsorienterede "
                        "undersøgelser, børnefaglige vurderinger, tværsektorielle samarbejdsrelationer og "
                        "koordinerede foranstaltninger, hvorefter forvaltningen udarbejder handleplaner, "
                        "statusrapporter og opfølgningsnotater til ungdomsudvalget.\n")}});
  CHECK(site.Build() == 1);
  CHECK_THAT(site.errors(), Catch::Contains("content/da/svaer.md:1:1: error: LIX "));
  CHECK_THAT(site.errors(), Catch::Contains("is above the limit of 25 for pages for children"));
}

TEST_CASE("pages for adults and other languages are not held to the LIX limit") {
  std::string hard =
      "Kommunalbestyrelsens socialfaglige myndighedsudøvelse forudsætter helhedsorienterede undersøgelser.\n";
  TestSite site({{"content/da/om.md", PageFile("title: Om\naudience: adult", hard)},
                 {"content/en/om.md", PageFile("title: About", hard)}});
  CHECK(site.Build() == 0);
}

TEST_CASE("each language's news list has an Atom feed; a post dated in the future appears only from its date") {
  TestSite site({
      {"content/da/nyheder/_index.md", PageFile("title: Nyheder\nlayout: list", "")},
      {"content/da/nyheder/nu.md", PageFile("title: Nu\ndate: 2026-06-01\ndescription: Kort.", "x\n")},
      {"content/da/nyheder/snart.md", PageFile("title: Snart\ndate: 2026-07-01", "x\n")},
      {"content/en/nyheder/snart.md", PageFile("title: Soon\ndate: 2026-07-01", "x\n")},
  });
  BuildOptions before;
  before.today = text::Date{2026, 6, 24};
  REQUIRE(site.Build(before) == 0);
  std::string feed = site.Read("nyheder/atom.xml");
  CHECK_THAT(feed, Catch::Contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"da\">"));
  CHECK_THAT(feed, Catch::Contains("<title>Nu</title>"));
  CHECK_THAT(feed, Catch::Contains("<summary>Kort.</summary>"));
  CHECK_THAT(feed, !Catch::Contains("Snart"));
  CHECK_THAT(site.Read("en/nyheder/atom.xml"), !Catch::Contains("Soon"));
  CHECK_THAT(site.out(), Catch::Contains("held back: content/da/nyheder/snart.md (dated in the future)"));

  BuildOptions after;
  after.today = text::Date{2026, 7, 1};
  REQUIRE(site.Build(after) == 0);
  CHECK_THAT(site.Read("nyheder/atom.xml"), Catch::Contains("<title>Snart</title>"));
  CHECK_THAT(site.Read("en/nyheder/atom.xml"), Catch::Contains("<title>Soon</title>"));
  CHECK_THAT(site.Read("en/nyheder/atom.xml"), Catch::Contains("<entry xml:lang=\"da\">"));  // "Nu" falls back
  CHECK_THAT(site.Read("nyheder/index.html"), Catch::Contains("href=\"/nyheder/atom.xml\""));
}

TEST_CASE(
    "a single-municipality build writes only that municipality's pages in every language and the embeddable snippet") {
  TestSite site({{"content/da/rettigheder.md", PageFile("title: Dine rettigheder\nrole: rights", "x\n")}});
  BuildOptions options;
  options.only_municipality = "420";
  REQUIRE(site.Build(options) == 0);
  CHECK(site.Exists("kommune/assens/index.html"));
  CHECK(site.Exists("en/kommune/assens/index.html"));
  CHECK(site.Exists("ar/kommune/assens/index.html"));
  CHECK_FALSE(site.Exists("kommune/aarhus/index.html"));
  CHECK_FALSE(site.Exists("rettigheder/index.html"));
  CHECK_FALSE(site.Exists("sitemap.xml"));
  // Links to pages outside the bundle point at the national site.
  CHECK_THAT(site.Read("kommune/assens/index.html"), Catch::Contains("href=\"https://example.test/rettigheder/\""));
  std::string snippet = site.Read("embed/faa-hjaelp.html");
  // Assens's own entrance is known, so the box leads there.
  CHECK_THAT(snippet,
             Catch::Contains(
                 "href=\"https://www.assens.dk/borger/boern-og-unge/du-har-ret-til-hjaelp-hvis-du-har-brug-for-det\""));
  CHECK_THAT(snippet, Catch::Contains("on"));
  CHECK_THAT(snippet, !Catch::Contains(" onclick"));
  CHECK_THAT(snippet, !Catch::Contains("<script>"));  // no inline script: only JSON data and a src
  CHECK(site.Exists("embed/faa-hjaelp.js"));
  CHECK(site.Read("embed/lookup-index.json").starts_with("{\"e\":[["));
  CHECK_THAT(site.Read("embed/LAES-MIG.txt"), Catch::Contains("Assens"));
}

TEST_CASE("a single-municipality build leaves a link shown in a code sample as written") {
  TestSite site({{"content/da/rettigheder.md", PageFile("title: Dine rettigheder", "x\n")},
                 {"content/da/kommuner/420.md", PageFile("title: Assens",
                                                         "Skriv `<a href=\"/kommune/\">` i jeres side. Læs [dine "
                                                         "rettigheder](../rettigheder.md) og [om os](/om/#hvem).\n")}});
  BuildOptions options;
  options.only_municipality = "420";
  REQUIRE(site.Build(options) == 0);
  const std::string page = site.Read("kommune/assens/index.html");
  CHECK_THAT(page, Catch::Contains("<code>&lt;a href=\"/kommune/\"&gt;</code>"));
  // The real links of the local text still lead out of the bundle to the national site.
  CHECK_THAT(page, Catch::Contains("href=\"https://example.test/rettigheder/\">dine rettigheder"));
  CHECK_THAT(page, Catch::Contains("href=\"https://example.test/om/#hvem\">om os"));
  // Links between the bundle's own pages stay relative to it.
  CHECK_THAT(page, Catch::Contains("href=\"/en/kommune/assens/\""));
}

TEST_CASE("a single-municipality build with an unknown code is an error with a suggestion") {
  TestSite site({{"content/da/index.md", PageFile("title: Forside", "x\n")}});
  BuildOptions options;
  options.only_municipality = "4200";
  CHECK(site.Build(options) == 1);
  CHECK_THAT(site.errors(),
             Catch::Contains("--municipality 4200: no municipality has that code — did you mean '420'?"));
}

TEST_CASE("a municipal theme extends the default one; its colours go through the same contrast check") {
  TestSite site({{"content/da/index.md", PageFile("title: Forside", "x\n")},
                 {"themes/min-kommune/theme.yaml", "extends: default\ncolors:\n  accent: \"#1f6b3a\"\n"}});
  BuildRequest request;
  request.source = site.path();
  request.theme = "min-kommune";
  std::ostringstream out, err;
  REQUIRE(RunBuild(request, out, err) == 0);
  CHECK_THAT(site.Read("index.html"), Catch::Contains("<a class=\"skip-link\""));  // default templates
  site.Write({{"themes/min-kommune/theme.yaml", "extends: default\ncolors:\n  accent: \"#9fd0a8\"\n"}});
  CHECK(RunBuild(request, out, err) == 1);
  CHECK_THAT(err.str(), !Catch::Contains("themes/min-kommune/theme.yaml:3:11: error: 'accent-text' #ffffff on 'accent' "
                                         "#9fd0a8 has contrast"));  // reported at the foreground colour...
  CHECK_THAT(err.str(), Catch::Contains("on 'accent' #9fd0a8 has contrast"));
}

TEST_CASE("an image beside its page is shown from the URL its file is published at, in every language") {
  TestSite site({{"content/da/index.md", PageFile("title: Forside\nlayout: landing", "x\n")},
                 {"content/da/emne/side.md", PageFile("title: Side", "![Et kort over kommunen](kort.png)\n")},
                 {"content/da/emne/kort.png", "PNG"}});
  REQUIRE(site.Build() == 0);
  // The page is emne/side/; "kort.png" as written would be looked for in that folder.
  CHECK_THAT(site.Read("emne/side/index.html"),
             Catch::Contains("<img src=\"/emne/kort.png\" alt=\"Et kort over kommunen\"/>"));
  CHECK_THAT(site.Read("en/emne/side/index.html"),
             Catch::Contains("<img src=\"/emne/kort.png\""));  // the Danish fallback
  CHECK(site.Read("emne/kort.png") == "PNG");
}

TEST_CASE("build and check count a mistake the same, once however many languages show it") {
  // Middelfart's local text is shown on its page in da, en and ar: one mistake (no alt text), three renderings.
  auto site = TestSite({{"content/da/index.md", PageFile("title: Forside\nlayout: landing", "Hej.\n")},
                        {"content/da/kommuner/410.md", PageFile("title: Middelfart", "Se kortet: ![](kort.png)\n")},
                        {"content/da/kommuner/kort.png", "not really a png"}});
  REQUIRE(site.Build() == 1);
  CHECK_THAT(site.errors(), Catch::Contains("\n1 error found"));
  BuildRequest request;
  request.source = site.path();
  std::ostringstream out, err;
  CHECK(RunCheckReport(request, false, out, err) == 1);
  CHECK_THAT(out.str(), Catch::Contains("\n1 error, "));
}

TEST_CASE("a build that throws gives a message and exit 1 and leaves the previous site as it was") {
  auto site = TwoPageSite();
  REQUIRE(site.Build() == 0);
  const std::string before = site.Read("index.html");
  BuildRequest request;
  request.source = site.path();
  request.on_stage = [](const std::string& stage) {
    if (stage == "render") throw std::runtime_error("out of memory");
  };
  std::ostringstream out, err;
  CHECK(RunBuild(request, out, err) == 1);
  CHECK_THAT(err.str(), Catch::Contains("error: the build stopped: out of memory"));
  CHECK_THAT(err.str(), Catch::Contains("nothing was written, the previous site is unchanged"));
  CHECK(site.Read("index.html") == before);
}
