#include "links/site_crawl.h"

#include <algorithm>
#include <sstream>

#include "links/page_evidence.h"
#include "links/robots_txt.h"

namespace enindgang::links {
namespace {

// "Sitemap: https://…" lines of robots.txt (the field is case-insensitive).
std::vector<std::string> SitemapsNamedIn(const std::string& robots) {
  std::vector<std::string> sitemaps;
  std::istringstream lines(robots);
  for (std::string line; std::getline(lines, line);) {
    const size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string field = line.substr(0, colon);
    std::transform(field.begin(), field.end(), field.begin(), [](unsigned char c) { return std::tolower(c); });
    if (field != "sitemap") continue;
    std::string url = line.substr(colon + 1);
    url.erase(0, url.find_first_not_of(" \t"));
    url.erase(url.find_last_not_of(" \t\r") + 1);
    if (!url.empty()) sitemaps.push_back(url);
  }
  return sitemaps;
}

bool IsRedirect(long status) {
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool LooksLikeHtml(const Response& response) {
  return response.content_type.empty() || response.content_type.find("html") != std::string::npos;
}

}  // namespace

SiteCrawl::SiteCrawl(DiscoverTarget target, Client& client)
    : target_(std::move(target)), client_(client), host_(HostOf(target_.website)), candidates_(target_.website) {
  discovery_.target = target_;
}

void SiteCrawl::Start() {
  if (host_.empty()) {
    discovery_.problems.push_back("website '" + target_.website + "' is not an http(s) URL");
    return;
  }
  Get(ResolveUrl(target_.website, "/robots.txt"), 0, [this](const Response& response) {
    if (response.status != 200) return;  // no robots.txt: everything is allowed
    robots_ = response.body;
    robots_rules_ = ParseRobotsTxt(robots_, "enindgang");
  });
}

// A GET that follows redirects on the same host (the Client follows none), as
// far as robots.txt allows; `done` sees the last response.
void SiteCrawl::Get(const std::string& url, int redirects_left, Done done) {
  ++pending_;
  Request request{url, Method::kGet, true};
  client_.Add(request, [this, redirects_left, done = std::move(done)](const Response& response) {
    const bool follow = IsRedirect(response.status) && !response.location.empty() && redirects_left > 0 &&
                        HostOf(response.location) == host_ && Allowed(response.location);
    if (follow) {
      Get(response.location, redirects_left - 1, done);
    } else {
      done(response);
    }
    Finished();
  });
}

void SiteCrawl::Finished() {
  if (--pending_ > 0) return;
  if (phase_ == Phase::kRobots) {
    phase_ = Phase::kGather;
    Gather();
  } else if (phase_ == Phase::kGather) {
    phase_ = Phase::kScore;
    Score();
  }
}

void SiteCrawl::Gather() {
  if (Allowed(target_.website)) {
    Get(target_.website, kMaxRedirects, [this](const Response& response) {
      if (response.status != 200) return Problem("front page", response);
      for (const PageLink& link : LinksOnPage(response.body, response.url)) candidates_.AddLink(link);
    });
  } else {
    discovery_.problems.push_back("robots.txt disallows the front page");
  }
  ReadSitemap(ResolveUrl(target_.website, "/sitemap.xml"), true);
  for (const std::string& named : SitemapsNamedIn(robots_)) ReadSitemap(named, true);
}

void SiteCrawl::ReadSitemap(const std::string& url, bool may_hold_index) {
  if (url.empty() || HostOf(url) != host_ || !Allowed(url)) return;
  if (std::find(sitemaps_seen_.begin(), sitemaps_seen_.end(), url) != sitemaps_seen_.end()) return;
  sitemaps_seen_.push_back(url);
  Get(url, kMaxRedirects, [this, may_hold_index](const Response& response) {
    if (response.status != 200) return;  // many sites have no sitemap; not a problem worth a line
    const SitemapEntries entries = links::ReadSitemap(response.body);
    for (const std::string& page : entries.pages) candidates_.AddSitemapPage(page);
    if (!may_hold_index) return;  // an index inside an index: not followed
    for (const std::string& child : entries.sitemaps) {
      if (child_sitemaps_ >= kMaxChildSitemaps) break;
      ++child_sitemaps_;
      ReadSitemap(child, false);
    }
  });
}

void SiteCrawl::Score() {
  int chosen = 0;
  for (const PageLink& page : candidates_.Best(SIZE_MAX)) {
    if (chosen == static_cast<int>(kMaxPagesPerSite)) break;
    if (!Allowed(page.url)) continue;
    ++chosen;
    Get(page.url, kMaxRedirects, [this](const Response& response) {
      if (response.curl_code != 0 || response.status >= 400) ++discovery_.pages_failed;
      if (response.status != 200 || !LooksLikeHtml(response)) return;
      ++discovery_.pages_read;
      PageEvidence evidence = ScorePage(response.body);
      if (evidence.score >= ProposalThreshold()) discovery_.best.push_back({response.url, std::move(evidence)});
    });
  }
}

bool SiteCrawl::Allowed(const std::string& url) const { return RobotsAllows(robots_rules_, RobotsPathOf(url)); }

void SiteCrawl::Problem(const std::string& what, const Response& response) {
  std::string why = response.curl_code != 0 ? response.curl_error
                    : IsRedirect(response.status)
                        ? "HTTP " + std::to_string(response.status) + " to " + response.location +
                              ", not followed (another host, robots.txt, or too many redirects)"
                        : "HTTP " + std::to_string(response.status);
  discovery_.problems.push_back(what + ": " + why);
}

Discovery SiteCrawl::Result() const {
  Discovery result = discovery_;
  std::stable_sort(result.best.begin(), result.best.end(), [](const ScoredPage& a, const ScoredPage& b) {
    return a.evidence.score != b.evidence.score ? a.evidence.score > b.evidence.score : a.url < b.url;
  });
  // Two links that redirect to one page are one candidate.
  auto repeated = std::unique(result.best.begin(), result.best.end(),
                              [](const ScoredPage& a, const ScoredPage& b) { return a.url == b.url; });
  result.best.erase(repeated, result.best.end());
  if (result.best.size() > kProposals) result.best.resize(kProposals);
  return result;
}

}  // namespace enindgang::links
