#pragma once
#include <functional>
#include <string>
#include <vector>

#include "base/source_position.h"
#include "check/link_report.h"
#include "links/http_client.h"

namespace enindgang::links {

// One address to check, and where it is written.
struct LinkTarget {
  std::string municipality_code;  // empty for a link in the content
  std::string municipality_name;
  std::string column;  // "website", "enindgang_url", … or "content"
  std::string url;
  SourcePosition where;
};

struct CheckerOptions {
  ClientOptions client;
  double slow_seconds = 5;
  int max_redirects = 10;
  std::string robots_agent = "enindgang";  // the product token robots.txt groups name
  // After each target is done: (done, total), for a progress line.
  std::function<void(size_t done, size_t total)> on_progress;
};

// Checks every target concurrently (robots.txt once per origin, then HEAD or
// GET, redirects followed and recorded by hand) and classes each. The results
// are in the order of `targets`.
std::vector<LinkResult> CheckLinks(const std::vector<LinkTarget>& targets, const CheckerOptions& options);

}  // namespace enindgang::links
