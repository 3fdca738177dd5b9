#include "links/link_class.h"

#include <curl/curl.h>

#include <catch2/catch.hpp>

namespace enindgang::links {
namespace {

Response Answer(const std::string& url, long status, int curl_code = 0, std::string error = {}) {
  Response response;
  response.url = url;
  response.status = status;
  response.curl_code = curl_code;
  response.curl_error = std::move(error);
  return response;
}

LinkTrace Trace(std::string column, std::string url, std::vector<std::string> redirects, std::optional<Response> last) {
  LinkTrace trace;
  trace.column = std::move(column);
  trace.url = std::move(url);
  trace.redirects = std::move(redirects);
  trace.last = std::move(last);
  trace.timeout_seconds = 3;
  return trace;
}

struct Case {
  const char* name;
  LinkTrace trace;
  LinkClass expected;
  const char* reason;
};

}  // namespace

TEST_CASE("Classify gives each trace its class and reason") {
  const std::string kk = "https://www.kk.dk/boern";
  LinkTrace slow = Trace("website", kk, {}, Answer(kk, 200));
  slow.seconds = 6.2;
  LinkTrace head = Trace("website", kk, {}, Answer(kk, 200));
  head.head_refused = true;
  LinkTrace forgot = Trace("enindgang_url", kk, {}, Answer(kk, 200));
  forgot.mentions_children = false;
  LinkTrace speaks = Trace("enindgang_url", kk, {}, Answer(kk, 200));
  speaks.mentions_children = true;
  LinkTrace robots = Trace("website", kk, {}, std::nullopt);
  robots.stop = TraceStop::kRobotsDisallow;
  robots.stopped_at = kk;
  LinkTrace loop = Trace("website", kk, {"https://www.kk.dk/a", kk}, Answer(kk, 302));
  loop.stop = TraceStop::kRedirectLoop;
  loop.stopped_at = kk;
  LinkTrace many = Trace("website", kk, std::vector<std::string>(10, "https://www.kk.dk/x"), Answer(kk, 302));
  many.stop = TraceStop::kTooManyRedirects;

  std::vector<Case> cases = {
      {"200", Trace("website", kk, {}, Answer(kk, 200)), LinkClass::kGood, ""},
      {"301 same host", Trace("website", kk, {"https://www.kk.dk/boern-og-unge"}, Answer(kk, 200)), LinkClass::kGood,
       ""},
      {"302 other host", Trace("website", kk, {"https://kk.other.dk/boern"}, Answer(kk, 200)), LinkClass::kWarning,
       "redirects to another host: https://kk.other.dk/boern"},
      {"front page", Trace("website", kk, {"https://www.kk.dk/"}, Answer(kk, 200)), LinkClass::kWarning,
       "redirects to the front page: https://www.kk.dk/"},
      {"http to https", Trace("website", "http://www.kk.dk/boern", {"https://www.kk.dk/boern"}, Answer(kk, 200)),
       LinkClass::kWarning, "http → https: use https://www.kk.dk/boern directly"},
      {"plain http", Trace("website", "http://www.kk.dk/", {}, Answer(kk, 200)), LinkClass::kWarning,
       "plain http: the address is not encrypted"},
      {"slow", slow, LinkClass::kWarning, "slow: 6.2 s"},
      {"head refused", head, LinkClass::kGood, "HEAD refused, GET used"},
      {"no children", forgot, LinkClass::kWarning,
       "the page no longer mentions children or young people (børn, barn, unge, ung)"},
      {"children", speaks, LinkClass::kGood, ""},
      {"robots", robots, LinkClass::kWarning, "robots.txt disallows checking https://www.kk.dk/boern"},
      {"404", Trace("website", kk, {}, Answer(kk, 404)), LinkClass::kError, "404 Not Found"},
      {"500", Trace("website", kk, {}, Answer(kk, 500)), LinkClass::kError, "500 Internal Server Error"},
      {"dns", Trace("website", kk, {}, Answer(kk, 0, CURLE_COULDNT_RESOLVE_HOST)), LinkClass::kError,
       "DNS: the host name www.kk.dk does not resolve"},
      {"refused", Trace("website", kk, {}, Answer(kk, 0, CURLE_COULDNT_CONNECT)), LinkClass::kError,
       "connection refused by www.kk.dk"},
      {"timeout", Trace("website", kk, {}, Answer(kk, 0, CURLE_OPERATION_TIMEDOUT)), LinkClass::kError,
       "timed out after 3 s"},
      {"tls", Trace("website", kk, {}, Answer(kk, 0, CURLE_PEER_FAILED_VERIFICATION, "no alternative name matches")),
       LinkClass::kError, "TLS: no alternative name matches"},
      {"loop", loop, LinkClass::kError, "redirect loop: https://www.kk.dk/boern seen twice"},
      {"too many", many, LinkClass::kError, "too many redirects (10)"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    LinkVerdict verdict = Classify(c.trace);
    CHECK(LinkClassName(verdict.link_class) == LinkClassName(c.expected));
    CHECK(verdict.reason == c.reason);
  }
}

}  // namespace enindgang::links
