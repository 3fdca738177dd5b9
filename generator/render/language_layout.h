#pragma once
#include <map>
#include <string>

#include "model/site.h"
#include "render/assets.h"
#include "render/site_links.h"
#include "render/template_set.h"
#include "render/ui_strings.h"

namespace enindgang {

// What the base layout shows that is the same on every page of one language:
// built once per language instead of once per page (on a 10,000-page site
// copying the strings and menus into every page's data cost more than
// rendering the templates).
class LanguageLayout {
 public:
  LanguageLayout(const Site& site, const UiStrings& strings, const FingerprintedAssets& assets, const SiteLinks& links,
                 const Language& language);

  // lang, dir, home, quick_exit_url, t (UI strings), assets, logo_url.
  const TemplateData& common() const { return common_; }
  // menu, footer_links, has_menu, has_footer_links, with the entry for `url` marked current.
  const TemplateData& MenusAt(const std::string& url) const;

 private:
  TemplateData common_;
  TemplateData menus_;                            // no entry current
  std::map<std::string, TemplateData> menus_at_;  // by the URL of each menu entry
};

// One LanguageLayout per language, by language code.
using LanguageLayouts = std::map<std::string, LanguageLayout>;
LanguageLayouts BuildLanguageLayouts(const Site& site, const UiStrings& strings, const FingerprintedAssets& assets,
                                     const SiteLinks& links);

}  // namespace enindgang
