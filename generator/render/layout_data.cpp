#include "render/layout_data.h"

namespace enindgang {
namespace {
using kainjow::mustache::data;

data SwitcherData(const RenderShared& shared, const PageMeta& meta) {
  data list{data::type::list};
  for (const auto& entry : meta.switcher) {
    data item;
    item.set("lang", entry.language->code);
    item.set("dir", ToString(entry.language->direction));
    item.set("endonym", entry.language->endonym);
    item.set("url", shared.links.Href(entry.url));
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

}  // namespace

TemplateScope LayoutData(const RenderShared& shared, const PageMeta& meta) {
  const auto& config = shared.site.config();
  const LanguageLayout& layout = shared.layouts.at(meta.language->code);
  TemplateScope scope;
  data& page = scope.page;
  page.set("title", meta.title);
  SetText(page, "description", meta.description);
  page.set("url", meta.url);
  page.set("canonical", config.base_url + meta.canonical_url);
  page.set("child", meta.child);
  page.set("noindex", meta.noindex);
  page.set("languages", SwitcherData(shared, meta));
  page.set("alternates", AlternatesData(shared, meta));
  scope.shared = {&layout.MenusAt(meta.url), &layout.common()};
  return scope;
}

}  // namespace enindgang
