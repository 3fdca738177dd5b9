// ResolveUrl and HostOf, declared in http_client.h, with curl's URL API.
#include <curl/curl.h>

#include <algorithm>
#include <memory>

#include "links/http_client.h"

namespace enindgang::links {
namespace {

struct UrlDeleter {
  void operator()(CURLU* url) const { curl_url_cleanup(url); }
};
using UrlHandle = std::unique_ptr<CURLU, UrlDeleter>;

std::string Part(CURLU* url, CURLUPart part) {
  char* value = nullptr;
  if (curl_url_get(url, part, &value, 0) != CURLUE_OK || !value) return "";
  std::string copy = value;
  curl_free(value);
  return copy;
}

}  // namespace

std::string ResolveUrl(const std::string& base, const std::string& reference) {
  UrlHandle url(curl_url());
  if (!url || curl_url_set(url.get(), CURLUPART_URL, base.c_str(), 0) != CURLUE_OK) return "";
  // Setting a relative URL on a handle that holds an absolute one resolves it (RFC 3986).
  if (curl_url_set(url.get(), CURLUPART_URL, reference.c_str(), 0) != CURLUE_OK) return "";
  const std::string scheme = Part(url.get(), CURLUPART_SCHEME);
  if (scheme != "http" && scheme != "https") return "";
  return Part(url.get(), CURLUPART_URL);
}

std::string HostOf(const std::string& absolute) {
  UrlHandle url(curl_url());
  if (!url || curl_url_set(url.get(), CURLUPART_URL, absolute.c_str(), 0) != CURLUE_OK) return "";
  std::string host = Part(url.get(), CURLUPART_HOST);
  std::transform(host.begin(), host.end(), host.begin(), [](unsigned char c) { return std::tolower(c); });
  return host;
}

}  // namespace enindgang::links
