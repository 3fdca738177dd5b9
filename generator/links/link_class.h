#pragma once
#include <optional>
#include <string>
#include <vector>

#include "check/link_report.h"
#include "links/http_client.h"

namespace enindgang::links {

// Why the checker stopped following a URL before reaching an answer.
enum class TraceStop { kAnswered, kRobotsDisallow, kRedirectLoop, kTooManyRedirects };

// Everything the checker saw for one URL, from the first request to the last.
// Classify() is a pure function of it, so the classes are tested by a table.
struct LinkTrace {
  std::string column;                  // "website", "enindgang_url", "content", …
  std::string url;                     // as written
  std::vector<std::string> redirects;  // each Location followed
  std::optional<Response> last;        // the last response; unset when nothing was requested
  TraceStop stop = TraceStop::kAnswered;
  std::string stopped_at;                 // the URL robots.txt forbids, or the one seen twice
  bool head_refused = false;              // HEAD answered 400/403/405/501, GET used
  std::optional<bool> mentions_children;  // enindgang_url with a 2xx body only
  double seconds = 0;                     // all requests together
  double slow_seconds = 5;
  double timeout_seconds = 15;  // for the reason of a timeout
};

struct LinkVerdict {
  LinkClass link_class = LinkClass::kGood;
  std::string reason;  // in words, with the status or URL; "" for a plain good
};

LinkVerdict Classify(const LinkTrace& trace);

// "Not Found" for 404, "" for a status without a common name.
std::string StatusText(long status);

}  // namespace enindgang::links
