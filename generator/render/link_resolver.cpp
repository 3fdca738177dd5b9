#include "render/link_resolver.h"

#include <string_view>
#include <vector>

namespace enindgang {

std::optional<std::string> KeyOfLink(const std::string& from_key, const std::string& relative_md) {
  std::string joined = relative_md;
  if (auto slash = from_key.rfind('/'); slash != std::string::npos && !relative_md.starts_with('/'))
    joined = from_key.substr(0, slash + 1) + relative_md;
  std::vector<std::string_view> parts;
  std::string_view rest = joined;
  while (!rest.empty()) {
    auto slash = rest.find('/');
    std::string_view part = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (parts.empty()) return std::nullopt;
      parts.pop_back();
      continue;
    }
    parts.push_back(part);
  }
  if (parts.empty()) return std::nullopt;
  std::string key;
  for (const auto& p : parts) {
    if (!key.empty()) key += '/';
    key += p;
  }
  return key.substr(0, key.size() - 3);  // drop ".md"
}

std::optional<std::string> ResolvePageLink(const Site& site, const std::string& lang, const std::string& from_key,
                                           const std::string& relative_md) {
  auto key = KeyOfLink(from_key, relative_md);
  if (!key) return std::nullopt;
  if (const Page* page = site.Find(lang, *key)) return page->url;
  return std::nullopt;
}

}  // namespace enindgang
