#include "render/layout_data.h"

namespace enindgang {
namespace {
using kainjow::mustache::data;

data StringsData(const RenderShared& shared, const Language& language) {
  data t;
  for (const auto& [key, value] : shared.strings.Plain(language.code)) SetText(t, key, value);
  return t;
}

data AssetsData(const RenderShared& shared) {
  data assets;
  for (const auto& [name, url] : shared.assets.urls) assets.set(AssetKey(name), url);
  return assets;
}

data SwitcherData(const PageMeta& meta) {
  data list{data::type::list};
  for (const auto& entry : meta.switcher) {
    data item;
    item.set("lang", entry.language->code);
    item.set("dir", entry.language->direction);
    item.set("endonym", entry.language->endonym);
    item.set("url", entry.url);
    item.set("current", entry.language == meta.language);
    list.push_back(item);
  }
  return list;
}

data AlternatesData(const RenderShared& shared, const PageMeta& meta) {
  data list{data::type::list};
  const auto& base = shared.site.config().base_url;
  if (meta.alternates.size() < 2) return list;  // hreflang only between real translations
  for (const auto& entry : meta.alternates) {
    data item;
    item.set("hreflang", entry.language->code);
    item.set("href", base + entry.url);
    list.push_back(item);
  }
  return list;
}

// The main menu holds the child-facing pages; pages for adults go in the footer.
data MenuData(const RenderShared& shared, const PageMeta& meta, const std::string& audience) {
  data list{data::type::list};
  for (const Page* page : shared.site.Menu(meta.language->code)) {
    if (page->source->audience != audience) continue;
    data item;
    item.set("title", page->source->title);
    item.set("url", page->url);
    item.set("current", page->url == meta.url);
    list.push_back(item);
  }
  return list;
}

}  // namespace

TemplateData LayoutData(const RenderShared& shared, const PageMeta& meta) {
  const auto& config = shared.site.config();
  const Language& language = *meta.language;
  data root;
  root.set("lang", language.code);
  root.set("dir", language.direction);
  root.set("title", meta.title);
  SetText(root, "description", meta.description);
  root.set("url", meta.url);
  root.set("canonical", config.base_url + meta.canonical_url);
  root.set("home", shared.site.Prefix(language) + "/");
  root.set("child", meta.child);
  root.set("noindex", meta.noindex);
  SetText(root, "quick_exit_url", config.quick_exit_url);
  root.set("languages", SwitcherData(meta));
  root.set("alternates", AlternatesData(shared, meta));
  data menu = MenuData(shared, meta, "child");
  data footer = MenuData(shared, meta, "adult");
  root.set("has_menu", !menu.is_empty_list());
  root.set("menu", menu);
  root.set("has_footer_links", !footer.is_empty_list());
  root.set("footer_links", footer);
  root.set("t", StringsData(shared, language));
  root.set("assets", AssetsData(shared));
  if (auto logo = shared.assets.urls.find(shared.site.theme().logo); logo != shared.assets.urls.end())
    root.set("logo_url", logo->second);
  return root;
}

}  // namespace enindgang
