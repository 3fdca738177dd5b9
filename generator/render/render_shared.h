#pragma once
#include "model/site.h"
#include "render/assets.h"
#include "render/language_layout.h"
#include "render/site_links.h"
#include "render/ui_strings.h"

namespace enindgang {

// What every page renderer reads and none changes; shared by all render threads.
struct RenderShared {
  RenderShared(const Site& site, const UiStrings& strings, const FingerprintedAssets& assets)
      : site(site),
        strings(strings),
        assets(assets),
        links(site),
        layouts(BuildLanguageLayouts(site, strings, assets, links)) {}

  const Site& site;
  const UiStrings& strings;
  const FingerprintedAssets& assets;
  const SiteLinks links;          // every site link a page writes goes through links.Href
  const LanguageLayouts layouts;  // built from the four above
};

// Everything the base layout needs to know about one page.
struct PageMeta {
  const Language* language = nullptr;
  std::string title;
  std::string description;
  std::string url;                      // site-relative: "/en/rettigheder/"
  std::string canonical_url;            // site-relative; a fallback points at the original
  bool child = true;                    // child-facing (the quick exit is on every page)
  std::vector<Translation> switcher;    // this page in every language (fallbacks included)
  std::vector<Translation> alternates;  // real translations only, for hreflang
  bool noindex = false;
};

}  // namespace enindgang
