#include "model/page_urls.h"

#include <algorithm>
#include <tuple>

namespace enindgang {

std::string PageUrl(const std::string& prefix, const std::string& key, const std::string& slug) {
  std::string folder;
  std::string name = key;
  if (auto slash = key.rfind('/'); slash != std::string::npos) {
    folder = key.substr(0, slash + 1);
    name = key.substr(slash + 1);
  }
  std::string url = prefix + "/" + folder;
  if (name == "index" || name == "_index") return url;
  return url + (slug.empty() ? name : slug) + "/";
}

std::string OutputPathOf(const std::string& url) { return url.substr(1) + "index.html"; }

std::string SectionOf(const std::string& key) {
  auto slash = key.rfind('/');
  return slash == std::string::npos ? "" : key.substr(0, slash);
}

void LinkTranslations(std::deque<Page>& pages) {
  // Grouped by key first: one pass, not every page against every page.
  std::map<std::string, std::vector<const Page*>> by_key;
  for (const auto& page : pages)
    if (!page.is_fallback) by_key[page.key].push_back(&page);
  for (auto& page : pages) {
    for (const Page* other : by_key[page.key]) page.translations.push_back({other->language, other->url});
    std::sort(page.translations.begin(), page.translations.end(),
              [](const Translation& a, const Translation& b) { return a.language->code < b.language->code; });
  }
}

void LinkSectionChildren(std::deque<Page>& pages) {
  // Pages grouped by (language, section) once, so each index looks only at its own.
  std::map<std::pair<const Language*, std::string>, std::vector<const Page*>> sections;
  for (const auto& page : pages)
    if (!page.is_section_index) sections[{page.language, page.section}].push_back(&page);
  for (auto& index : pages) {
    if (!index.is_section_index) continue;
    index.children = sections[{index.language, index.section}];
    std::stable_sort(index.children.begin(), index.children.end(), [](const Page* a, const Page* b) {
      auto date_of = [](const Page* p) {
        return p->source->date ? std::make_tuple(p->source->date->year, p->source->date->month, p->source->date->day)
                               : std::make_tuple(0, 0, 0);
      };
      if (date_of(a) != date_of(b)) return date_of(a) > date_of(b);
      if (a->source->order != b->source->order) return a->source->order < b->source->order;
      return a->source->title < b->source->title;
    });
  }
}

}  // namespace enindgang
