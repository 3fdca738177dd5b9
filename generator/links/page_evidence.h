#pragma once
#include <string>
#include <vector>

namespace enindgang::links {

// What `links --discover` reads on a municipal page to tell whether it is an
// Én indgang page: the words such pages say to children, and who to call.
// Pure functions of the HTML: no network, no state.

struct PageLink {
  std::string url;   // absolute (resolved against the page), fragment removed
  std::string text;  // the link's text, whitespace collapsed
};

// The http(s) links of an HTML page (gumbo), resolved against `page_url`.
std::vector<PageLink> LinksOnPage(const std::string& html, const std::string& page_url);

// <loc> of a sitemap (urlset) or of a sitemap index (sitemapindex); tinyxml2.
struct SitemapEntries {
  std::vector<std::string> pages;
  std::vector<std::string> sitemaps;  // a sitemap index's children
};
SitemapEntries ReadSitemap(const std::string& xml);

// How much a link looks like the way to a children's page, from its URL and
// text alone ("/boern-og-unge/", "DinSide", "Få hjælp"); to choose which of a
// site's pages to fetch. 0: no sign at all.
int LinkPromise(const PageLink& link);

struct PageEvidence {
  int score = 0;
  std::string title;                 // <title>, or the first <h1>
  std::vector<std::string> matched;  // the phrases found, as the page writes them
  std::vector<std::string> phones;   // tel: links and Danish 8-digit numbers seen
};

// Scores a fetched page by what an Én indgang page says: children and young
// people addressed ("børn", "unge", "du"), "DinSide"/"Din side", "under 18",
// "få hjælp", "ring til os", a tel: link, and its own title. Folded with the
// site's folding, so "BØRN" and "børn" count alike.
PageEvidence ScorePage(const std::string& html);

// The lowest score a page needs to be proposed at all: a page that says only
// "børn" once is not proposed.
int ProposalThreshold();

}  // namespace enindgang::links
