#include "render/not_found_page.h"

#include "render/layout_data.h"

namespace enindgang {

RenderedPage RenderNotFoundPage(const RenderShared& shared, const Language& language, const TemplateSet& templates,
                                Diagnostics& diagnostics) {
  std::string prefix = shared.site.Prefix(language);
  PageMeta meta;
  meta.language = &language;
  meta.title = shared.strings.Format(language, "not_found_title");
  meta.url = prefix + "/404.html";
  meta.canonical_url = meta.url;
  meta.noindex = true;
  for (const auto& other : shared.site.config().languages)
    meta.switcher.push_back({&other, shared.site.Prefix(other) + "/"});
  auto root = LayoutData(shared, meta);
  root.set("content", templates.Render("404", root, diagnostics));
  RenderedPage rendered;
  rendered.output_path = prefix.empty() ? "404.html" : prefix.substr(1) + "/404.html";
  rendered.html = templates.Render("base", root, diagnostics);
  rendered.source_path = "themes/";
  rendered.lang = language.code;
  rendered.audience = Audience::kChild;
  return rendered;
}

}  // namespace enindgang
