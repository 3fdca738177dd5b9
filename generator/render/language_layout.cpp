#include "render/language_layout.h"

namespace enindgang {
namespace {
using kainjow::mustache::data;

data StringsData(const UiStrings& strings, const Language& language) {
  data t;
  for (const auto& [key, value] : strings.Plain(language.code)) SetText(t, key, value);
  return t;
}

data AssetsData(const FingerprintedAssets& assets) {
  data urls;
  for (const auto& [name, url] : assets.urls) urls.set(AssetKey(name), url);
  return urls;
}

// The main menu holds the child-facing pages; pages for adults go in the footer.
data MenuData(const std::vector<const Page*>& menu, const SiteLinks& links, Audience audience,
              const std::string& current_url) {
  data list{data::type::list};
  for (const Page* page : menu) {
    if (page->source->audience != audience) continue;
    data item;
    item.set("title", page->source->title);
    item.set("url", links.Href(page->url));
    item.set("current", page->url == current_url);
    list.push_back(item);
  }
  return list;
}

data MenusData(const std::vector<const Page*>& menu, const SiteLinks& links, const std::string& current_url) {
  data menus;
  data child = MenuData(menu, links, Audience::kChild, current_url);
  data adult = MenuData(menu, links, Audience::kAdult, current_url);
  menus.set("has_menu", !child.is_empty_list());
  menus.set("menu", child);
  menus.set("has_footer_links", !adult.is_empty_list());
  menus.set("footer_links", adult);
  return menus;
}

}  // namespace

LanguageLayout::LanguageLayout(const Site& site, const UiStrings& strings, const FingerprintedAssets& assets,
                               const SiteLinks& links, const Language& language) {
  const auto& config = site.config();
  common_.set("lang", language.code);
  common_.set("dir", ToString(language.direction));
  common_.set("home", links.Href(site.Prefix(language) + "/"));
  SetText(common_, "quick_exit_url", config.quick_exit_url);
  common_.set("t", StringsData(strings, language));
  common_.set("assets", AssetsData(assets));
  if (auto logo = assets.urls.find(site.theme().logo); logo != assets.urls.end()) common_.set("logo_url", logo->second);

  const auto& menu = site.Menu(language.code);
  menus_ = MenusData(menu, links, "");
  for (const Page* page : menu) menus_at_.emplace(page->url, MenusData(menu, links, page->url));
}

const TemplateData& LanguageLayout::MenusAt(const std::string& url) const {
  auto it = menus_at_.find(url);
  return it == menus_at_.end() ? menus_ : it->second;
}

LanguageLayouts BuildLanguageLayouts(const Site& site, const UiStrings& strings, const FingerprintedAssets& assets,
                                     const SiteLinks& links) {
  LanguageLayouts layouts;
  for (const auto& language : site.config().languages)
    layouts.try_emplace(language.code, site, strings, assets, links, language);
  return layouts;
}

}  // namespace enindgang
