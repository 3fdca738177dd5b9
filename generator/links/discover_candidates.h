#pragma once
#include <string>
#include <vector>

#include "links/page_evidence.h"

namespace enindgang::links {

// The pages of one municipal site that discover may read, gathered from its
// front page and sitemaps: same host only, each URL once, never the front page.
class CandidatePages {
 public:
  explicit CandidatePages(std::string front_page_url);

  void AddLink(const PageLink& link);
  void AddSitemapPage(const std::string& url);

  // The `limit` most promising (LinkPromise, then the order they were seen).
  std::vector<PageLink> Best(size_t limit) const;

 private:
  std::string front_page_;
  std::string host_;
  std::vector<PageLink> pages_;
};

}  // namespace enindgang::links
