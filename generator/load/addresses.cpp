#include "load/addresses.h"

#include <algorithm>

namespace enindgang {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool AllDigits(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), IsDigit); }
bool IsAsciiAlnum(char c) { return IsDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Characters that would end or corrupt a URL inside an HTML attribute or Markdown link.
bool IsUnsafeInUrl(char c) {
  return static_cast<unsigned char>(c) <= ' ' || c == 0x7F ||
         std::string_view("\"'<>\\`{}|^").find(c) != std::string_view::npos;
}

// Labels of letters, digits, hyphens (and non-ASCII bytes, for IDN hosts) separated by dots, at least two.
bool IsDomain(std::string_view host) {
  if (host.empty() || host.front() == '.' || host.back() == '.' || host.find("..") != std::string_view::npos)
    return false;
  if (host.find('.') == std::string_view::npos) return false;
  return std::all_of(host.begin(), host.end(), [](char c) {
    return IsAsciiAlnum(c) || c == '-' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
  });
}

// `scheme`, a host (a domain, or localhost when allowed), an optional port and path, and nothing unsafe.
bool IsUrl(std::string_view value, std::string_view scheme, bool allow_localhost) {
  if (!value.starts_with(scheme)) return false;
  if (std::any_of(value.begin(), value.end(), IsUnsafeInUrl)) return false;
  auto rest = value.substr(scheme.size());
  auto host = rest.substr(0, rest.find_first_of("/?#"));
  if (auto colon = host.find(':'); colon != std::string_view::npos) {  // a port
    if (!AllDigits(host.substr(colon + 1))) return false;
    host = host.substr(0, colon);
  }
  return IsDomain(host) || (allow_localhost && host == "localhost");
}

}  // namespace

bool IsHttpsUrl(std::string_view value) { return IsUrl(value, "https://", false); }

bool IsSiteAddress(std::string_view value) { return IsUrl(value, "https://", true) || IsUrl(value, "http://", true); }

bool IsEmailAddress(std::string_view value) {
  auto at = value.find('@');
  if (at == std::string_view::npos || at == 0) return false;
  auto local = value.substr(0, at);
  bool local_ok = local.front() != '.' && local.back() != '.' && std::all_of(local.begin(), local.end(), [](char c) {
                    return IsAsciiAlnum(c) || std::string_view(".!$*+=_~-").find(c) != std::string_view::npos;
                  });
  return local_ok && IsDomain(value.substr(at + 1));
}

}  // namespace enindgang
