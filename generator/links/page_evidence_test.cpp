#include "links/page_evidence.h"

#include <catch2/catch.hpp>

#include <chrono>

#include "links/html_bounds.h"
#include "links/page_text.h"
#include "links/phone_numbers.h"

using namespace enindgang::links;

namespace {

const std::string kChildrensPage = R"(<!doctype html>
<html lang="da"><head><title>Børn og unge – få hjælp</title></head>
<body><nav><a href="/">Forside</a></nav>
<h1>Er du under 18 og har brug for hjælp?</h1>
<p>Du kan altid få hjælp. Er du bekymret for dig selv eller en ven, så ring til os
på <a href="tel:+4570203040">70 20 30 40</a>. Du kan også skrive til os på DinSide.</p>
<script>var børn = "unge under 18 ring til os";</script>
</body></html>)";

const std::string kWastePage = R"(<!doctype html>
<html lang="da"><head><title>Affald og genbrug</title></head>
<body><h1>Affald og genbrug</h1>
<p>Her kan du læse om sortering af affald. Har du spørgsmål til din tømning, så ring til os
på <a href="tel:70112233">70 11 22 33</a>. Genbrugspladsen er åben alle dage.</p>
</body></html>)";

const std::string kJobPage = R"(<!doctype html>
<html lang="da"><head><title>Job i kommunen – ledige stillinger</title></head>
<body><h1>Ledige stillinger</h1>
<p>Vil du arbejde med børn og unge? Vi søger en pædagog til vores klub.
Har du spørgsmål til stillingen, så ring til os på 70 99 88 77.</p>
</body></html>)";

bool Contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

template <typename Work>
double SecondsFor(Work work) {
  const auto start = std::chrono::steady_clock::now();
  work();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_CASE("a children's page scores above the threshold with its evidence") {
  const PageEvidence evidence = ScorePage(kChildrensPage);
  CHECK(evidence.score > ProposalThreshold());
  CHECK(evidence.title == "Børn og unge – få hjælp");
  CHECK(Contains(evidence.matched, "under 18"));
  CHECK(Contains(evidence.matched, "ring til os"));
  CHECK(Contains(evidence.matched, "DinSide"));
  CHECK(Contains(evidence.matched, "få hjælp"));
  CHECK(evidence.phones == std::vector<std::string>{"70 20 30 40"});
}

TEST_CASE("words are matched folded and quoted as the page writes them") {
  const PageEvidence evidence = ScorePage("<title>x</title><p>BØRN OG UNGE kan FÅ HJÆLP her</p>");
  CHECK(Contains(evidence.matched, "BØRN OG UNGE"));
  CHECK(Contains(evidence.matched, "FÅ HJÆLP"));
}

TEST_CASE("a script's words are not the page's words") {
  const PageEvidence evidence = ScorePage("<title>Forside</title><script>ring til os under 18 DinSide</script>");
  CHECK(evidence.matched.empty());
  CHECK(evidence.score == 0);
}

TEST_CASE("a waste collection page and a job page score below the threshold") {
  CHECK(ScorePage(kWastePage).score < ProposalThreshold());
  CHECK(ScorePage(kJobPage).score < ProposalThreshold());
  CHECK(ScorePage("<p>Vi har børn.</p>").score < ProposalThreshold());
}

TEST_CASE("the title falls back to the first h1") {
  CHECK(ScorePage("<h1>Hjælp til  børn</h1><h1>Andet</h1>").title == "Hjælp til børn");
}

TEST_CASE("phone numbers are read from text and tel links") {
  CHECK(PhoneNumbersIn("Ring 70 20 30 40 eller +45 33 66 33 66, ikke 1234 567 eller 123456789") ==
        std::vector<std::string>{"70 20 30 40", "33 66 33 66"});
  CHECK(PhoneNumbersIn("7020 3040 og 70203040") == std::vector<std::string>{"70 20 30 40"});
  CHECK(PhoneOfTelLink("tel:+45 70 20 30 40") == "70 20 30 40");
  CHECK(PhoneOfTelLink("tel:004570203040") == "70 20 30 40");
  CHECK(PhoneOfTelLink("tel:112") == "112");
}

TEST_CASE("links are resolved against the page and lose their fragment") {
  const auto links = LinksOnPage(
      R"(<a href="/boern-og-unge/#top">Børn og
         unge</a><a href="job.html">Job</a><a href="https://other.example/x">Ud</a>
         <a href="mailto:a@b.dk">Mail</a><a href="tel:70203040">Ring</a><a>Ingen</a>)",
      "https://www.eksempel.dk/borger/index.html");
  REQUIRE(links.size() == 3);
  CHECK(links[0].url == "https://www.eksempel.dk/boern-og-unge/");
  CHECK(links[0].text == "Børn og unge");
  CHECK(links[1].url == "https://www.eksempel.dk/borger/job.html");
  CHECK(links[2].url == "https://other.example/x");
}

TEST_CASE("link promise favours the way to a children's page") {
  const int children = LinkPromise({"https://www.eksempel.dk/boern-og-unge", "Børn og unge"});
  const int help = LinkPromise({"https://www.eksempel.dk/s/12", "Få hjælp"});
  const int waste = LinkPromise({"https://www.eksempel.dk/affald-og-genbrug", "Affald og genbrug"});
  const int jobs = LinkPromise({"https://www.eksempel.dk/job/ung-medarbejder", "Job for unge"});
  CHECK(children > help);
  CHECK(help > 0);
  CHECK(waste == 0);
  CHECK(jobs < children);
  CHECK(LinkPromise({"https://www.eksempel.dk/dinside", "Log ind"}) > 0);
}

TEST_CASE("a sitemap index and a urlset are read") {
  const auto index = ReadSitemap(R"(<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc> https://www.eksempel.dk/sitemap-1.xml </loc></sitemap>
  <sitemap><loc>https://www.eksempel.dk/sitemap-2.xml</loc><lastmod>2026-01-01</lastmod></sitemap>
</sitemapindex>)");
  CHECK(index.pages.empty());
  CHECK(index.sitemaps ==
        std::vector<std::string>{"https://www.eksempel.dk/sitemap-1.xml", "https://www.eksempel.dk/sitemap-2.xml"});
  const auto urlset = ReadSitemap(R"(<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://www.eksempel.dk/</loc></url>
  <url><loc>https://www.eksempel.dk/boern-og-unge</loc><priority>0.8</priority></url>
  <url></url>
</urlset>)");
  CHECK(urlset.sitemaps.empty());
  CHECK(urlset.pages == std::vector<std::string>{"https://www.eksempel.dk/", "https://www.eksempel.dk/boern-og-unge"});
  CHECK(ReadSitemap("<html>not a sitemap").pages.empty());
}

TEST_CASE("a 10 MB page is read only as far as the bound") {
  std::string page = "<title>Børn og unge</title>";
  while (page.size() < 10 * 1024 * 1024) page += "<p>Affald og genbrug</p>\n";
  page += "<p>ring til os under 18 DinSide</p>";
  PageEvidence evidence;
  CHECK(SecondsFor([&] { evidence = ScorePage(page); }) < 10);
  CHECK(!Contains(evidence.matched, "DinSide"));
}

TEST_CASE("deeply nested HTML is cut at the depth bound") {
  std::string divs;
  for (int i = 0; i < 100000; ++i) divs += "<div>";
  CHECK(BoundedHtml(divs).size() == static_cast<size_t>(kMaxHtmlDepth) * 5);
  CHECK(SecondsFor([&] { ScorePage(divs + "DinSide"); }) < 5);
  std::string formatting;
  for (int i = 0; i < 100000; ++i) formatting += "<b><p>";
  CHECK(SecondsFor([&] { ScorePage(formatting); }) < 5);
  std::string items = "<ul>";
  for (int i = 0; i < 5000; ++i) items += "<li>punkt";
  CHECK(BoundedHtml(items).size() == items.size());  // an optional end tag adds no depth
}

TEST_CASE("text collapsed for the terminal keeps no control character") {
  // ESC [2J would clear the screen of whoever runs --discover; U+009B is CSI.
  // gumbo turns some of them into U+FFFD already; this holds whatever the reader.
  CHECK(CollapseSpace("B\x1b[2Jørn \xC2\x9B"
                      "31m og unge\x7F") == "B [2Jørn 31m og unge");
}
