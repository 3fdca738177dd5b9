#pragma once
#include <string>
#include <vector>

#include "links/discover.h"
#include "links/discover_candidates.h"
#include "links/http_client.h"
#include "links/robots_txt.h"

namespace enindgang::links {

// One municipality's part of a discover run, driven by the Client's
// callbacks: robots.txt first, then the front page and the sitemaps, then
// the most promising pages. Everything runs on the Client's thread.
class SiteCrawl {
 public:
  SiteCrawl(DiscoverTarget target, Client& client);
  void Start();
  Discovery Result() const;

 private:
  enum class Phase { kRobots, kGather, kScore };
  using Done = std::function<void(const Response&)>;

  void Get(const std::string& url, int redirects_left, Done done);
  void Finished();  // one Get of the current phase is done
  void Gather();
  void ReadSitemap(const std::string& url, bool may_hold_index);
  void Score();
  bool Allowed(const std::string& url) const;
  void Problem(const std::string& what, const Response& response);

  DiscoverTarget target_;
  Client& client_;
  std::string host_;
  Phase phase_ = Phase::kRobots;
  int pending_ = 0;
  std::string robots_;        // as served, for its Sitemap: lines
  RobotsRules robots_rules_;  // the group for "enindgang", else "*"
  std::vector<std::string> sitemaps_seen_;
  int child_sitemaps_ = 0;
  CandidatePages candidates_;
  Discovery discovery_;
};

}  // namespace enindgang::links
