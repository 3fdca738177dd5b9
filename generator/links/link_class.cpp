#include "links/link_class.h"

#include <curl/curl.h>

#include <cmath>
#include <map>

namespace enindgang::links {
namespace {

std::string Seconds(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", seconds);
  std::string shown = text;
  if (shown.size() > 2 && shown.ends_with(".0")) shown.resize(shown.size() - 2);
  return shown + " s";
}

std::string StatusLine(long status) {
  std::string text = StatusText(status);
  return std::to_string(status) + (text.empty() ? "" : " " + text);
}

// The error a child's browser would meet, in words, from curl's code.
std::string TransportReason(const Response& response, double timeout_seconds) {
  switch (response.curl_code) {
    case CURLE_COULDNT_RESOLVE_HOST:
      return "DNS: the host name " + HostOf(response.url) + " does not resolve";
    case CURLE_COULDNT_CONNECT:
      return "connection refused by " + HostOf(response.url);
    case CURLE_OPERATION_TIMEDOUT:
      return "timed out after " + Seconds(timeout_seconds);
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
      return "TLS: " + response.curl_error;
    default:
      return "request failed: " + response.curl_error;
  }
}

std::string SchemeOf(const std::string& url) { return url.substr(0, url.find(':')); }

// The path of an absolute URL without query: "https://a.dk/x?y" → "/x".
std::string PathOf(const std::string& url) {
  size_t start = url.find("//");
  start = start == std::string::npos ? 0 : url.find('/', start + 2);
  if (start == std::string::npos) return "/";
  return url.substr(start, url.find_first_of("?#", start) - start);
}

std::vector<std::string> Warnings(const LinkTrace& trace, const std::string& final_url) {
  std::vector<std::string> found;
  if (!trace.redirects.empty()) {
    if (HostOf(final_url) != HostOf(trace.url)) found.push_back("redirects to another host: " + final_url);
    if (PathOf(final_url) == "/" && PathOf(trace.url) != "/")
      found.push_back("redirects to the front page: " + final_url);
  }
  bool starts_http = SchemeOf(trace.url) == "http";
  if (starts_http && SchemeOf(final_url) == "https") found.push_back("http → https: use " + final_url + " directly");
  if (starts_http && SchemeOf(final_url) == "http") found.push_back("plain http: the address is not encrypted");
  if (trace.seconds > trace.slow_seconds) found.push_back("slow: " + Seconds(trace.seconds));
  if (trace.mentions_children == false) {
    found.push_back("the page no longer mentions children or young people (børn, barn, unge, ung)");
  }
  return found;
}

std::string Joined(const std::vector<std::string>& parts) {
  std::string joined;
  for (const std::string& part : parts) joined += (joined.empty() ? "" : "; ") + part;
  return joined;
}

}  // namespace

std::string StatusText(long status) {
  static const std::map<long, std::string> kNames = {{200, "OK"},
                                                     {204, "No Content"},
                                                     {301, "Moved Permanently"},
                                                     {302, "Found"},
                                                     {303, "See Other"},
                                                     {307, "Temporary Redirect"},
                                                     {308, "Permanent Redirect"},
                                                     {400, "Bad Request"},
                                                     {401, "Unauthorized"},
                                                     {403, "Forbidden"},
                                                     {404, "Not Found"},
                                                     {405, "Method Not Allowed"},
                                                     {410, "Gone"},
                                                     {429, "Too Many Requests"},
                                                     {451, "Unavailable For Legal Reasons"},
                                                     {500, "Internal Server Error"},
                                                     {501, "Not Implemented"},
                                                     {502, "Bad Gateway"},
                                                     {503, "Service Unavailable"},
                                                     {504, "Gateway Timeout"}};
  auto found = kNames.find(status);
  return found == kNames.end() ? "" : found->second;
}

LinkVerdict Classify(const LinkTrace& trace) {
  switch (trace.stop) {
    case TraceStop::kRobotsDisallow:
      return {LinkClass::kWarning, "robots.txt disallows checking " + trace.stopped_at};
    case TraceStop::kRedirectLoop:
      return {LinkClass::kError, "redirect loop: " + trace.stopped_at + " seen twice"};
    case TraceStop::kTooManyRedirects:
      return {LinkClass::kError, "too many redirects (" + std::to_string(trace.redirects.size()) + ")"};
    case TraceStop::kAnswered:
      break;
  }
  if (!trace.last) return {LinkClass::kError, "no request was made"};
  const Response& last = *trace.last;
  if (last.curl_code != CURLE_OK) return {LinkClass::kError, TransportReason(last, trace.timeout_seconds)};
  if (last.status >= 400) return {LinkClass::kError, StatusLine(last.status)};
  if (last.status >= 300) return {LinkClass::kError, StatusLine(last.status) + " without a Location to follow"};
  if (last.status < 200) return {LinkClass::kError, "unexpected status " + StatusLine(last.status)};
  std::string final_url = trace.redirects.empty() ? trace.url : trace.redirects.back();
  std::vector<std::string> warnings = Warnings(trace, final_url);
  if (!warnings.empty()) return {LinkClass::kWarning, Joined(warnings)};
  return {LinkClass::kGood, trace.head_refused ? "HEAD refused, GET used" : ""};
}

}  // namespace enindgang::links
