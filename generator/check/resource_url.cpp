#include "check/resource_url.h"

#include <cctype>

namespace enindgang {
namespace {

bool IsSpaceOrControl(char c) { return static_cast<unsigned char>(c) <= 0x20; }
bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The URL parser's first steps: trim C0 controls and spaces, remove tabs and
// newlines. Most addresses have none inside: they are not copied.
std::string_view AsBrowserReadsIt(std::string_view value, std::string& buffer) {
  while (!value.empty() && IsSpaceOrControl(value.front())) value.remove_prefix(1);
  while (!value.empty() && IsSpaceOrControl(value.back())) value.remove_suffix(1);
  if (value.find_first_of("\t\n\r") == std::string_view::npos) return value;
  buffer.clear();
  for (char c : value)
    if (c != '\t' && c != '\n' && c != '\r') buffer += c;
  return buffer;
}

// The scheme, lowercased: a letter, then letters, digits, "+", "-" or "." up to ":". "" if none.
std::string SchemeOf(std::string_view url) {
  if (url.empty() || !std::isalpha(static_cast<unsigned char>(url[0]))) return "";
  for (size_t i = 1; i < url.size(); ++i) {
    unsigned char c = url[i];
    if (c == ':') return Lower(url.substr(0, i));
    if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return "";
  }
  return "";
}

bool IsSlash(char c) { return c == '/' || c == '\\'; }

// The authority after "scheme:" and any slashes, up to the path: what the origin is made of.
std::string_view AuthorityOf(std::string_view url, const std::string& scheme) {
  std::string_view rest = url.substr(scheme.size() + 1);
  while (!rest.empty() && IsSlash(rest.front())) rest.remove_prefix(1);
  size_t end = 0;
  while (end < rest.size() && !IsSlash(rest[end]) && rest[end] != '?' && rest[end] != '#') ++end;
  return rest.substr(0, end);
}

std::string OriginOf(std::string_view url, const std::string& scheme) {
  return scheme + "://" + Lower(AuthorityOf(url, scheme));
}

// OriginOf(url, scheme) == site_origin, without building the origin: a page has many absolute links.
bool SameOrigin(std::string_view url, const std::string& scheme, std::string_view site_origin) {
  const std::string_view prefix = "://";
  if (!site_origin.starts_with(scheme) || site_origin.substr(scheme.size(), prefix.size()) != prefix) return false;
  std::string_view host = site_origin.substr(scheme.size() + prefix.size());
  std::string_view authority = AuthorityOf(url, scheme);
  if (authority.size() != host.size()) return false;
  for (size_t i = 0; i < authority.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(authority[i])) != host[i]) return false;
  return true;
}

}  // namespace

UrlKind ClassifyUrl(std::string_view value, std::string_view site_origin) {
  std::string buffer;
  const std::string_view url = AsBrowserReadsIt(value, buffer);
  // No scheme (most of a page's addresses): another host only when it starts with two slashes.
  const std::string scheme = SchemeOf(url);
  if (scheme.empty()) {
    return url.size() >= 2 && IsSlash(url[0]) && IsSlash(url[1]) ? UrlKind::kOtherOrigin : UrlKind::kSameOrigin;
  }
  if (scheme == "javascript" || scheme == "vbscript") return UrlKind::kScript;
  if (scheme == "data") return UrlKind::kData;
  if (scheme != "http" && scheme != "https") return UrlKind::kOtherOrigin;
  return SameOrigin(url, scheme, site_origin) ? UrlKind::kSameOrigin : UrlKind::kOtherOrigin;
}

std::string SiteOrigin(std::string_view base_url) {
  const std::string scheme = SchemeOf(base_url);
  return scheme.empty() ? std::string() : OriginOf(base_url, scheme);
}

std::vector<std::string_view> SrcsetUrls(std::string_view srcset) {
  std::vector<std::string_view> urls;
  size_t i = 0;
  while (i < srcset.size()) {
    while (i < srcset.size() && (IsHtmlSpace(srcset[i]) || srcset[i] == ',')) ++i;
    size_t start = i;
    while (i < srcset.size() && !IsHtmlSpace(srcset[i])) ++i;
    std::string_view url = srcset.substr(start, i - start);
    bool ended_by_comma = false;
    while (!url.empty() && url.back() == ',') url.remove_suffix(1), ended_by_comma = true;
    if (!url.empty()) urls.push_back(url);
    if (ended_by_comma) continue;
    // Descriptors ("2x", "100w") run to the next comma outside parentheses.
    int depth = 0;
    for (; i < srcset.size() && (srcset[i] != ',' || depth > 0); ++i) {
      if (srcset[i] == '(') ++depth;
      if (srcset[i] == ')' && depth > 0) --depth;
    }
  }
  return urls;
}

std::optional<std::string_view> RefreshUrl(std::string_view content) {
  // HTML standard, "shared declarative refresh steps": a delay, then ";" or ",", then the address.
  size_t i = 0;
  while (i < content.size() && IsHtmlSpace(content[i])) ++i;
  while (i < content.size() && (std::isdigit(static_cast<unsigned char>(content[i])) || content[i] == '.')) ++i;
  while (i < content.size() && IsHtmlSpace(content[i])) ++i;
  if (i < content.size() && (content[i] == ';' || content[i] == ',')) ++i;
  while (i < content.size() && IsHtmlSpace(content[i])) ++i;
  std::string_view rest = content.substr(i);
  if (rest.size() >= 3 && Lower(rest.substr(0, 3)) == "url") {
    size_t j = 3;
    while (j < rest.size() && IsHtmlSpace(rest[j])) ++j;
    if (j < rest.size() && rest[j] == '=') {
      ++j;
      while (j < rest.size() && IsHtmlSpace(rest[j])) ++j;
      rest = rest.substr(j);
    }
  }
  if (!rest.empty() && (rest.front() == '"' || rest.front() == '\'')) {
    char quote = rest.front();
    rest.remove_prefix(1);
    if (auto end = rest.find(quote); end != std::string_view::npos) rest = rest.substr(0, end);
  }
  if (rest.empty()) return std::nullopt;
  return rest;
}

}  // namespace enindgang
