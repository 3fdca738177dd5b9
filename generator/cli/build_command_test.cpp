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
      {"content/da/index.md", PageFile("title: Forside\nlayout: landing", "Hej. Læs [dine rettigheder](rettigheder.md).\n")},
      {"content/da/rettigheder.md", PageFile("title: Dine rettigheder\norder: 1", "## Du skal høres\n\nTekst.\n")},
      {"content/en/index.md", PageFile("title: Home\nlayout: landing\ntranslation: needs-review", "Hi. See [your rights](rettigheder.md).\n")},
  });
}

}  // namespace

TEST_CASE("Danish pages are published at the root, other languages under /<lang>/") {
  auto site = TwoPageSite();
  REQUIRE(site.Build() == 0);
  CHECK(site.Read("index.html").find("<html lang=\"da\" dir=\"ltr\">") != std::string::npos);
  CHECK(site.Read("en/index.html").find("<html lang=\"en\" dir=\"ltr\">") != std::string::npos);
  CHECK(site.Read("ar/index.html").find("<html lang=\"ar\" dir=\"rtl\">") != std::string::npos);
}

TEST_CASE("a missing translation falls back to Danish, marked lang=da, with a notice in the reader's language") {
  auto site = TwoPageSite();
  REQUIRE(site.Build() == 0);
  std::string page = site.Read("en/rettigheder/index.html");
  CHECK(page.find("<html lang=\"en\"") != std::string::npos);
  CHECK(page.find("<article lang=\"da\" dir=\"ltr\">") != std::string::npos);
  CHECK(page.find("This page is not in your language yet. Here it is in Danish.") != std::string::npos);
  CHECK(page.find("<link rel=\"canonical\" href=\"https://example.test/rettigheder/\"/>") != std::string::npos);
  CHECK(page.find("hreflang=\"en\" href") == std::string::npos);  // no hreflang to a fallback
  CHECK(page.find("noindex") != std::string::npos);
}

TEST_CASE("hreflang alternates link only real translations") {
  auto site = TwoPageSite();
  REQUIRE(site.Build() == 0);
  std::string home = site.Read("index.html");
  CHECK(home.find("<link rel=\"alternate\" hreflang=\"da\" href=\"https://example.test/\"/>") != std::string::npos);
  CHECK(home.find("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.test/en/\"/>") != std::string::npos);
  CHECK(home.find("hreflang=\"ar\" href=\"https://example.test/ar/\"/>") == std::string::npos);
  // Rights exists only in Danish: no alternates at all.
  CHECK(site.Read("rettigheder/index.html").find("rel=\"alternate\"") == std::string::npos);
}

TEST_CASE("the language switcher shows endonyms and links to the same page in each language") {
  auto site = TwoPageSite();
  REQUIRE(site.Build() == 0);
  std::string page = site.Read("rettigheder/index.html");
  CHECK(page.find("<a href=\"/en/rettigheder/\" lang=\"en\" hreflang=\"en\">English</a>") != std::string::npos);
  CHECK(page.find("<a href=\"/ar/rettigheder/\" lang=\"ar\" hreflang=\"ar\">العربية</a>") != std::string::npos);
}

TEST_CASE("Markdown links to other pages become that page's URL in the same language") {
  auto site = TwoPageSite();
  REQUIRE(site.Build() == 0);
  CHECK(site.Read("en/index.html").find("<a href=\"/en/rettigheder/\">your rights</a>") != std::string::npos);
  CHECK(site.Read("index.html").find("<a href=\"/rettigheder/\">dine rettigheder</a>") != std::string::npos);
}

TEST_CASE("a slug in front matter sets the URL in that language") {
  TestSite site({
      {"content/da/rettigheder.md", PageFile("title: Rettigheder", "x\n")},
      {"content/en/rettigheder.md", PageFile("title: Rights\nslug: your-rights", "x\n")},
  });
  REQUIRE(site.Build() == 0);
  CHECK(site.Exists("en/your-rights/index.html"));
  CHECK(site.Read("rettigheder/index.html").find("href=\"https://example.test/en/your-rights/\"") != std::string::npos);
}

TEST_CASE("sitemap.xml, robots.txt and 404 pages are written") {
  auto site = TwoPageSite();
  REQUIRE(site.Build() == 0);
  std::string sitemap = site.Read("sitemap.xml");
  CHECK(sitemap.find("<loc>https://example.test/</loc>") != std::string::npos);
  CHECK(sitemap.find("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.test/en/\"/>") !=
        std::string::npos);
  CHECK(sitemap.find("<loc>https://example.test/en/rettigheder/</loc>") == std::string::npos);  // fallback left out
  CHECK(site.Read("robots.txt").find("Sitemap: https://example.test/sitemap.xml") != std::string::npos);
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
  CHECK(site.errors().find("content/da/rettigheder.md:6:9: error: image kort.png has no alt text") != std::string::npos);
  CHECK(site.errors().find("the previous site is unchanged") != std::string::npos);
  CHECK(site.Read("rettigheder/index.html") == before);
}

TEST_CASE("a link to a page that does not exist is an error at its position") {
  TestSite site({{"content/da/index.md", PageFile("title: Forside", "Se [ord](ord.md).\n")}});
  CHECK(site.Build() == 1);
  CHECK(site.errors().find("content/da/index.md:4:10: error: link to a page that does not exist: ord.md") !=
        std::string::npos);
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
  CHECK(site.Read("index.html").find("<script>alert(1)") == std::string::npos);
}

TEST_CASE("drafts are held back unless asked for, and the summary says so") {
  TestSite site({{"content/da/kladde.md", PageFile("title: Kladde\ndraft: true", "x\n")},
                 {"content/da/index.md", PageFile("title: Forside", "x\n")}});
  REQUIRE(site.Build() == 0);
  CHECK_FALSE(site.Exists("kladde/index.html"));
  CHECK(site.out().find("held back: content/da/kladde.md (draft)") != std::string::npos);
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
  CHECK(site.out().find("held back: content/da/nyheder/plakat.png (used only by held-back pages)") != std::string::npos);
  CHECK(site.Exists("kort.png"));     // a published page uses it too
  CHECK(site.Exists("bilag.pdf"));    // no page names it
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
  CHECK(list.find("24. juni 2026") != std::string::npos);
  CHECK(list.find("Ny</a>") < list.find("Gammel</a>"));
  CHECK(site.Read("en/nyheder/index.html").find("24 June 2026") != std::string::npos);
}

TEST_CASE("a content folder that is not a language is reported with a suggestion") {
  TestSite site({{"content/dk/index.md", PageFile("title: X", "x\n")}, {"content/da/index.md", PageFile("title: X", "x\n")}});
  CHECK(site.Build() == 1);
  CHECK(site.errors().find("content/dk: error: folder 'dk' is not a language of the site — did you mean 'da'?") !=
        std::string::npos);
}

TEST_CASE("the site's own templates override the theme's") {
  TestSite site({{"content/da/index.md", PageFile("title: Forside", "x\n")},
                 {"templates/404.mustache", "<h1>Egen 404</h1>\n"}});
  REQUIRE(site.Build() == 0);
  CHECK(site.Read("404.html").find("<h1>Egen 404</h1>") != std::string::npos);
}

TEST_CASE("a Danish child page above the LIX limit stops the build with its path; the summary lists LIX per page") {
  TestSite site({{"content/da/index.md", PageFile("title: Hej", "Du kan få hjælp. Ring til os.\n")}});
  REQUIRE(site.Build() == 0);
  CHECK(site.out().find("content/da/index.md 3\n") != std::string::npos);  // 8 words, 3 sentences, no long words
  site.Write({{"content/da/svaer.md",
               PageFile("title: Svær", "Kommunalbestyrelsens socialfaglige myndighedsudøvelse forudsætter helhedsorienterede "
                                   "undersøgelser, børnefaglige vurderinger, tværsektorielle samarbejdsrelationer og "
                                   "koordinerede foranstaltninger, hvorefter forvaltningen udarbejder handleplaner, "
                                   "statusrapporter og opfølgningsnotater til ungdomsudvalget.\n")}});
  CHECK(site.Build() == 1);
  CHECK(site.errors().find("content/da/svaer.md:1:1: error: LIX ") != std::string::npos);
  CHECK(site.errors().find("is above the limit of 25 for pages for children") != std::string::npos);
}

TEST_CASE("pages for adults and other languages are not held to the LIX limit") {
  std::string hard = "Kommunalbestyrelsens socialfaglige myndighedsudøvelse forudsætter helhedsorienterede undersøgelser.\n";
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
  CHECK(feed.find("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"da\">") != std::string::npos);
  CHECK(feed.find("<title>Nu</title>") != std::string::npos);
  CHECK(feed.find("<summary>Kort.</summary>") != std::string::npos);
  CHECK(feed.find("Snart") == std::string::npos);
  CHECK(site.Read("en/nyheder/atom.xml").find("Soon") == std::string::npos);
  CHECK(site.out().find("held back: content/da/nyheder/snart.md (dated in the future)") != std::string::npos);

  BuildOptions after;
  after.today = text::Date{2026, 7, 1};
  REQUIRE(site.Build(after) == 0);
  CHECK(site.Read("nyheder/atom.xml").find("<title>Snart</title>") != std::string::npos);
  CHECK(site.Read("en/nyheder/atom.xml").find("<title>Soon</title>") != std::string::npos);
  CHECK(site.Read("en/nyheder/atom.xml").find("<entry xml:lang=\"da\">") != std::string::npos);  // "Nu" falls back
  CHECK(site.Read("nyheder/index.html").find("href=\"/nyheder/atom.xml\"") != std::string::npos);
}

TEST_CASE("a single-municipality build writes only that municipality's pages in every language and the embeddable snippet") {
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
  CHECK(site.Read("kommune/assens/index.html").find("href=\"https://example.test/rettigheder/\"") != std::string::npos);
  std::string snippet = site.Read("embed/faa-hjaelp.html");
  // Assens's own entrance is known, so the box leads there.
  CHECK(snippet.find("href=\"https://www.assens.dk/borger/boern-og-unge/du-har-ret-til-hjaelp-hvis-du-har-brug-for-det\"") !=
        std::string::npos);
  CHECK(snippet.find("on") != std::string::npos);
  CHECK(snippet.find(" onclick") == std::string::npos);
  CHECK(snippet.find("<script>") == std::string::npos);  // no inline script: only JSON data and a src
  CHECK(site.Exists("embed/faa-hjaelp.js"));
  CHECK(site.Read("embed/lookup-index.json").starts_with("{\"e\":[["));
  CHECK(site.Read("embed/LAES-MIG.txt").find("Assens") != std::string::npos);
}

TEST_CASE("a single-municipality build leaves a link shown in a code sample as written") {
  TestSite site({{"content/da/rettigheder.md", PageFile("title: Dine rettigheder", "x\n")},
                 {"content/da/kommuner/420.md",
                  PageFile("title: Assens", "Skriv `<a href=\"/kommune/\">` i jeres side. Læs [dine rettigheder](../rettigheder.md) og [om os](/om/#hvem).\n")}});
  BuildOptions options;
  options.only_municipality = "420";
  REQUIRE(site.Build(options) == 0);
  const std::string page = site.Read("kommune/assens/index.html");
  CHECK(page.find("<code>&lt;a href=\"/kommune/\"&gt;</code>") != std::string::npos);
  // The real links of the local text still lead out of the bundle to the national site.
  CHECK(page.find("href=\"https://example.test/rettigheder/\">dine rettigheder") != std::string::npos);
  CHECK(page.find("href=\"https://example.test/om/#hvem\">om os") != std::string::npos);
  // Links between the bundle's own pages stay relative to it.
  CHECK(page.find("href=\"/en/kommune/assens/\"") != std::string::npos);
}

TEST_CASE("a single-municipality build with an unknown code is an error with a suggestion") {
  TestSite site({{"content/da/index.md", PageFile("title: Forside", "x\n")}});
  BuildOptions options;
  options.only_municipality = "4200";
  CHECK(site.Build(options) == 1);
  CHECK(site.errors().find("--municipality 4200: no municipality has that code — did you mean '420'?") != std::string::npos);
}

TEST_CASE("a municipal theme extends the default one; its colours go through the same contrast check") {
  TestSite site({{"content/da/index.md", PageFile("title: Forside", "x\n")},
                 {"themes/min-kommune/theme.yaml", "extends: default\ncolors:\n  accent: \"#1f6b3a\"\n"}});
  BuildRequest request;
  request.source = site.path();
  request.theme = "min-kommune";
  std::ostringstream out, err;
  REQUIRE(RunBuild(request, out, err) == 0);
  CHECK(site.Read("index.html").find("<a class=\"skip-link\"") != std::string::npos);  // default templates
  site.Write({{"themes/min-kommune/theme.yaml", "extends: default\ncolors:\n  accent: \"#9fd0a8\"\n"}});
  CHECK(RunBuild(request, out, err) == 1);
  CHECK(err.str().find("themes/min-kommune/theme.yaml:3:11: error: 'accent-text' #ffffff on 'accent' #9fd0a8 has contrast") ==
        std::string::npos);  // reported at the foreground colour...
  CHECK(err.str().find("on 'accent' #9fd0a8 has contrast") != std::string::npos);
}

TEST_CASE("an image beside its page is shown from the URL its file is published at, in every language") {
  TestSite site({{"content/da/index.md", PageFile("title: Forside\nlayout: landing", "x\n")},
                 {"content/da/emne/side.md", PageFile("title: Side", "![Et kort over kommunen](kort.png)\n")},
                 {"content/da/emne/kort.png", "PNG"}});
  REQUIRE(site.Build() == 0);
  // The page is emne/side/; "kort.png" as written would be looked for in that folder.
  CHECK(site.Read("emne/side/index.html").find("<img src=\"/emne/kort.png\" alt=\"Et kort over kommunen\"/>") !=
        std::string::npos);
  CHECK(site.Read("en/emne/side/index.html").find("<img src=\"/emne/kort.png\"") != std::string::npos);  // the Danish fallback
  CHECK(site.Read("emne/kort.png") == "PNG");
}

TEST_CASE("build and check count a mistake the same, once however many languages show it") {
  // Middelfart's local text is shown on its page in da, en and ar: one mistake (no alt text), three renderings.
  auto site = TestSite({{"content/da/index.md", PageFile("title: Forside\nlayout: landing", "Hej.\n")},
                        {"content/da/kommuner/410.md", PageFile("title: Middelfart", "Se kortet: ![](kort.png)\n")},
                        {"content/da/kommuner/kort.png", "not really a png"}});
  REQUIRE(site.Build() == 1);
  CHECK(site.errors().find("\n1 error found") != std::string::npos);
  BuildRequest request;
  request.source = site.path();
  std::ostringstream out, err;
  CHECK(RunCheckReport(request, false, out, err) == 1);
  CHECK(out.str().find("\n1 error, ") != std::string::npos);
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
  CHECK(err.str().find("error: the build stopped: out of memory") != std::string::npos);
  CHECK(err.str().find("nothing was written, the previous site is unchanged") != std::string::npos);
  CHECK(site.Read("index.html") == before);
}
