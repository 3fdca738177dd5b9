#include "links/discover_candidates.h"

#include <algorithm>

#include "links/http_client.h"

namespace enindgang::links {
namespace {

// "https://x.dk/a/" and "https://x.dk/a" are one page to a reader.
std::string Normalized(std::string url) {
  if (size_t hash = url.find('#'); hash != std::string::npos) url.erase(hash);
  while (url.size() > 1 && url.back() == '/') url.pop_back();
  return url;
}

}  // namespace

CandidatePages::CandidatePages(std::string front_page_url)
    : front_page_(Normalized(front_page_url)), host_(HostOf(front_page_url)) {}

void CandidatePages::AddLink(const PageLink& link) {
  if (host_.empty() || HostOf(link.url) != host_) return;
  const std::string url = Normalized(link.url);
  if (url == front_page_) return;
  auto same =
      std::find_if(pages_.begin(), pages_.end(), [&](const PageLink& page) { return Normalized(page.url) == url; });
  if (same == pages_.end()) {
    pages_.push_back(link);
  } else if (same->text.empty()) {
    same->text = link.text;  // a sitemap entry, now seen with the words that link to it
  }
}

void CandidatePages::AddSitemapPage(const std::string& url) { AddLink({url, ""}); }

std::vector<PageLink> CandidatePages::Best(size_t limit) const {
  std::vector<std::pair<int, size_t>> ranked;  // promise, then order seen
  for (size_t i = 0; i < pages_.size(); ++i) ranked.push_back({LinkPromise(pages_[i]), i});
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<PageLink> best;
  for (size_t i = 0; i < ranked.size() && best.size() < limit; ++i) best.push_back(pages_[ranked[i].second]);
  return best;
}

}  // namespace enindgang::links
