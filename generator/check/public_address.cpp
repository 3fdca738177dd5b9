#include "check/public_address.h"

#include <arpa/inet.h>
#include <curl/curl.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace enindgang {
namespace {

struct UrlParts {
  std::string scheme, host;
};

std::optional<UrlParts> ParseUrl(const std::string& url) {
  std::unique_ptr<CURLU, decltype(&curl_url_cleanup)> handle(curl_url(), curl_url_cleanup);
  if (!handle || curl_url_set(handle.get(), CURLUPART_URL, url.c_str(), 0) != CURLUE_OK) return std::nullopt;
  auto part = [&](CURLUPart which) {
    char* value = nullptr;
    if (curl_url_get(handle.get(), which, &value, 0) != CURLUE_OK || !value) return std::string();
    std::string copy(value);
    curl_free(value);
    return copy;
  };
  UrlParts parts{part(CURLUPART_SCHEME), part(CURLUPART_HOST)};
  std::transform(parts.host.begin(), parts.host.end(), parts.host.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  while (parts.host.ends_with('.')) parts.host.pop_back();  // "localhost." is localhost
  return parts;
}

bool IsLocalIpv4(const in_addr& address) {
  const uint32_t host_order = ntohl(address.s_addr);
  return (host_order >> 24) == 127 || host_order == 0;
}

bool IsLocalAddress(const std::string& host) {
  in_addr v4{};
  if (inet_pton(AF_INET, host.c_str(), &v4) == 1) return IsLocalIpv4(v4);
  if (host.size() < 2 || host.front() != '[') return false;
  std::string inner = host.substr(1, host.size() - 2);
  inner = inner.substr(0, inner.find('%'));  // a zone id ("fe80::1%25eth0") says nothing here
  in6_addr v6{};
  if (inet_pton(AF_INET6, inner.c_str(), &v6) != 1) return false;
  if (IN6_IS_ADDR_LOOPBACK(&v6) || IN6_IS_ADDR_UNSPECIFIED(&v6)) return true;
  if (!IN6_IS_ADDR_V4MAPPED(&v6)) return false;
  in_addr mapped{};
  std::copy(v6.s6_addr + 12, v6.s6_addr + 16, reinterpret_cast<unsigned char*>(&mapped.s_addr));
  return IsLocalIpv4(mapped);
}

bool IsLocalName(const std::string& host) { return host == "localhost" || host.ends_with(".localhost"); }

}  // namespace

std::optional<std::string> WhyNotPublishable(const std::string& base_url) {
  auto parts = ParseUrl(base_url);
  if (!parts) return "it is not a web address libcurl can read";
  std::vector<std::string> reasons;
  if (IsLocalName(parts->host)) reasons.push_back("it is on this computer (" + parts->host + ")");
  else if (IsLocalAddress(parts->host)) reasons.push_back("it is an address of this computer (" + parts->host + ")");
  if (parts->scheme != "https") reasons.push_back("it uses " + parts->scheme + "://, not https://");
  if (reasons.empty()) return std::nullopt;
  std::string joined = reasons.front();
  for (size_t i = 1; i < reasons.size(); ++i) joined += " and " + reasons[i];
  return joined;
}

}  // namespace enindgang
