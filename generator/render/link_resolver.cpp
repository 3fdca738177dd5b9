#include "render/link_resolver.h"

#include <string_view>
#include <vector>

namespace enindgang {

std::optional<std::string> PathOfLink(const std::string& from_key, const std::string& relative) {
  std::string joined = relative;
  if (auto slash = from_key.rfind('/'); slash != std::string::npos && !relative.starts_with('/'))
    joined = from_key.substr(0, slash + 1) + relative;
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
  std::string path;
  for (const auto& p : parts) {
    if (!path.empty()) path += '/';
    path += p;
  }
  return path;
}

std::optional<std::string> KeyOfLink(const std::string& from_key, const std::string& relative_md) {
  auto path = PathOfLink(from_key, relative_md);
  if (!path) return std::nullopt;
  return path->substr(0, path->size() - 3);  // drop ".md"
}

std::optional<std::string> ResolveFileLink(const Site& site, const std::string& lang, const std::string& from_key,
                                           const std::string& relative) {
  auto path = PathOfLink(from_key, relative);
  const Language* language = site.config().FindLanguage(lang);
  if (!path || !language) return std::nullopt;
  const std::string prefix = site.Prefix(*language);  // "" or "/en"
  const std::string output_path = (prefix.empty() ? "" : prefix.substr(1) + "/") + *path;
  if (!site.HasFile(output_path)) return std::nullopt;
  return "/" + output_path;
}

std::optional<std::string> ResolvePageLink(const Site& site, const std::string& lang, const std::string& from_key,
                                           const std::string& relative_md) {
  auto key = KeyOfLink(from_key, relative_md);
  if (!key) return std::nullopt;
  if (const Page* page = site.Find(lang, *key)) return page->url;
  return std::nullopt;
}

}  // namespace enindgang
