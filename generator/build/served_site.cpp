#include "build/served_site.h"

#include <algorithm>

#include "render/server_policy.h"

namespace enindgang {
namespace {

// As nginx.conf's error_page: the language's 404 page below its prefix, the site's elsewhere. A hidden
// path is refused by a location of its own, which has the site's.
std::string NotFoundPageFor(const ServedSite& site, const std::string& path) {
  const std::string language = path.substr(0, path.find('/'));  // "en" of "en/nope/"
  const std::string page = NotFoundPageOf(language.empty() ? "" : "/" + language);
  if (!language.empty() && !IsHiddenPath(path) && site.Find(page)) return page;
  return site.Find(NotFoundPageOf("")) ? NotFoundPageOf("") : "";
}

// Without JavaScript the search form submits to <prefix>/kommune/?q=…; as nginx-http.conf's maps
// do, the NoScriptRoutes table sends it to a postcode's or a name's page, else to the list at its
// letter. Only from a search page the site has, as nginx.conf has a location for each language's.
std::string LookupRedirect(const ServedSite& site, const NoScriptRoutes* routes, const std::string& path,
                           const std::string& query) {
  const std::string search = std::string(kLookupPage);
  bool search_page = (path == search || path.ends_with("/" + search)) && site.Find(path + "index.html");
  if (!routes || !search_page || query.find_first_not_of(" \t") == std::string::npos) return "";
  const std::string language_path = path.substr(0, path.size() - search.size());  // "en/"
  const std::string prefix =
      language_path.empty() ? "" : std::string("/").append(language_path, 0, language_path.size() - 1);
  auto letters = routes->letters_by_prefix.find(prefix);
  if (letters == routes->letters_by_prefix.end()) return "";
  return language_path + RouteOf(routes->lookup, letters->second, query);
}

// "/" and `path` ("en/ord/", without its leading slashes) as a Location on this host: a browser
// reads "//x", "/\x" and "/<tab>/x" as the host x, so every byte but letters, digits, "-._~" and
// "/" is percent-encoded.
std::string SameHostLocation(const std::string& path) {
  static const char* kHex = "0123456789ABCDEF";
  std::string location = "/";
  for (unsigned char c : path) {
    bool alphanumeric = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (alphanumeric || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      location += static_cast<char>(c);
    } else {
      location += {'%', kHex[c >> 4], kHex[c & 15]};
    }
  }
  return location;
}

}  // namespace

ServedSite::ServedSite(RenderedSite&& rendered) {
  auto files = std::make_shared<std::unordered_map<std::string, std::string>>();
  files->reserve(rendered.pages.size() + rendered.files.size());
  for (auto& page : rendered.pages) (*files)[page.output_path] = std::move(page.html);
  for (auto& file : rendered.files) (*files)[file.path] = std::move(file.bytes);
  built_ = std::move(files);
  lookup_routes_ = std::move(rendered.lookup_routes);
}

std::shared_ptr<const ServedSite> ServedSite::With(std::vector<RenderedPage>&& pages) const {
  std::shared_ptr<ServedSite> next(new ServedSite());
  next->built_ = built_;
  next->edited_ = edited_;
  next->lookup_routes_ = lookup_routes_;
  for (auto& page : pages) next->edited_[page.output_path] = std::make_shared<const std::string>(std::move(page.html));
  return next;
}

const std::string* ServedSite::Find(const std::string& path) const {
  if (auto it = edited_.find(path); it != edited_.end()) return it->second.get();
  auto it = built_->find(path);
  return it == built_->end() ? nullptr : &it->second;
}

std::vector<std::string> ServedSite::Paths() const {
  std::vector<std::string> paths;
  for (const auto& [path, bytes] : *built_) paths.push_back(path);
  for (const auto& [path, bytes] : edited_)
    if (!built_->count(path)) paths.push_back(path);
  std::sort(paths.begin(), paths.end());
  return paths;
}

Resolution Resolve(const ServedSite& site, const std::string& url_path, const std::string& query) {
  auto first = url_path.find_first_not_of('/');
  std::string path = first == std::string::npos ? "" : url_path.substr(first);  // "en/ord/"
  if (auto target = LookupRedirect(site, site.lookup_routes(), path, query); !target.empty())
    return {kLookupRedirectStatus, "", SameHostLocation(target)};
  std::string file = path.empty() || path.back() == '/' ? path + "index.html" : path;
  if (IsHiddenPath(path)) return {404, NotFoundPageFor(site, path), ""};
  if (site.Find(file)) return {200, file, ""};
  if (!path.empty() && path.back() != '/' && site.Find(path + "/index.html"))
    return {kFolderRedirectStatus, "", SameHostLocation(path + "/")};
  return {404, NotFoundPageFor(site, path), ""};
}

bool LooksLikePage(const std::string& url_path) {
  auto last_segment = url_path.substr(url_path.rfind('/') + 1);
  return last_segment.empty() || last_segment.ends_with(".html") || last_segment.find('.') == std::string::npos;
}

}  // namespace enindgang
