#include "cli/loopback.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace enindgang {
namespace {

std::string Lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

}  // namespace

std::string UrlHost(const std::string& address) {
  if (address.find(':') == std::string::npos) return Lowercase(address);
  std::string bracketed = "[";  // appended: "[" + x + "]" draws a false -Wrestrict from GCC 12
  bracketed += Lowercase(address);
  return bracketed += "]";
}

bool IsLoopbackAddress(const std::string& address) {
  if (Lowercase(address) == "localhost") return true;
  in_addr v4{};
  if (inet_pton(AF_INET, address.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;
  in6_addr v6{};
  return inet_pton(AF_INET6, address.c_str(), &v6) == 1 && IN6_IS_ADDR_LOOPBACK(&v6);
}

bool NamesThisComputer(const std::string& host_header, const std::string& listen_address, int port) {
  // The port follows the last colon after the name; an IPv6 name is bracketed.
  auto name_end = host_header.starts_with('[') ? host_header.find(']') + 1 : host_header.find(':');
  if (name_end == 0 || name_end > host_header.size()) name_end = host_header.size();  // no ']', no port
  std::string name = Lowercase(host_header.substr(0, name_end));
  std::string port_part = host_header.substr(name_end);
  bool our_port = port_part.starts_with(':') && port_part.substr(1) == std::to_string(port);
  if (!port_part.empty() && !our_port) return false;
  const std::array<std::string, 4> names = {"localhost", "127.0.0.1", "[::1]", UrlHost(listen_address)};
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace enindgang
