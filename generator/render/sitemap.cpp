#include "render/sitemap.h"

#include <tinyxml2.h>

namespace enindgang {
namespace {

void AddUrl(tinyxml2::XMLPrinter& out, const std::string& base, const std::string& url,
            const std::vector<Translation>& alternates, const std::string& default_lang) {
  out.OpenElement("url");
  out.OpenElement("loc");
  out.PushText((base + url).c_str());
  out.CloseElement();
  if (alternates.size() > 1) {
    for (const auto& alternate : alternates) {
      out.OpenElement("xhtml:link");
      out.PushAttribute("rel", "alternate");
      out.PushAttribute("hreflang", alternate.language->code.c_str());
      out.PushAttribute("href", (base + alternate.url).c_str());
      out.CloseElement();
      if (alternate.language->code == default_lang) {
        out.OpenElement("xhtml:link");
        out.PushAttribute("rel", "alternate");
        out.PushAttribute("hreflang", "x-default");
        out.PushAttribute("href", (base + alternate.url).c_str());
        out.CloseElement();
      }
    }
  }
  out.CloseElement();
}

}  // namespace

std::string RenderSitemap(const Site& site) {
  const auto& base = site.config().base_url;
  const auto& default_lang = site.config().default_language().code;
  tinyxml2::XMLPrinter out;
  out.PushDeclaration("xml version=\"1.0\" encoding=\"UTF-8\"");
  out.OpenElement("urlset");
  out.PushAttribute("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9");
  out.PushAttribute("xmlns:xhtml", "http://www.w3.org/1999/xhtml");
  for (const auto& page : site.pages()) {
    if (!page.is_fallback) AddUrl(out, base, page.url, page.translations, default_lang);
  }
  for (const auto& local : site.local_pages()) {
    std::vector<Translation> alternates;
    for (const auto& language : site.config().languages)
      if (auto* other = site.FindLocal(language.code, local.municipality->code))
        alternates.push_back({&language, other->url});
    AddUrl(out, base, local.url, alternates, default_lang);
  }
  out.CloseElement();
  return out.CStr();
}

std::string RenderRobots(const Site& site) {
  return "User-agent: *\nAllow: /\n\nSitemap: " + site.config().base_url + "/sitemap.xml\n";
}

}  // namespace enindgang
