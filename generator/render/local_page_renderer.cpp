#include "render/local_page_renderer.h"

#include "render/contact_json_ld.h"
#include "render/layout_data.h"
#include "render/markdown_body.h"
#include "render/phone_number.h"
#include "render/script_block.h"

namespace enindgang {
namespace {
using kainjow::mustache::data;

data MunicipalityData(const Municipality& m) {
  data d;
  d.set("code", m.code);
  d.set("name", m.name);
  d.set("region", m.region);
  SetText(d, "website", m.website);
  SetText(d, "enindgang_url", m.enindgang_url);
  d.set("has_enindgang", !m.enindgang_url.empty());
  SetText(d, "phone", m.phone);
  SetText(d, "phone_text", DanishPhoneText(m.phone));
  SetText(d, "phone_link", TelHref(m.phone));
  SetText(d, "email", m.email);
  SetText(d, "opening_hours", m.opening_hours);
  d.set("has_contact", !m.phone.empty() || !m.email.empty());
  SetText(d, "acute_service", m.acute_service);
  SetText(d, "acute_phone", m.acute_phone);
  SetText(d, "acute_phone_text", DanishPhoneText(m.acute_phone));
  SetText(d, "acute_phone_link", TelHref(m.acute_phone));
  SetText(d, "acute_when", m.acute_when);
  d.set("has_acute", !m.acute_service.empty() || !m.acute_phone.empty());
  SetText(d, "verified", m.verified);
  return d;
}

std::string LocalTextHtml(const RenderShared& shared, const LocalPage& local, Diagnostics& diagnostics) {
  if (!local.local_text) return {};
  return RenderMarkdownBody(shared, *local.local_text, *local.language, diagnostics).html;
}

std::string PageUrlOr(const RenderShared& shared, const std::string& lang, const std::string& key) {
  const Page* page = shared.site.Find(lang, key);
  return page ? page->url : "";
}

}  // namespace

RenderedPage RenderLocalPage(const RenderShared& shared, const LocalPage& local, const TemplateSet& templates,
                             Diagnostics& diagnostics) {
  const Municipality& m = *local.municipality;
  const Language& language = *local.language;
  PageMeta meta;
  meta.language = &language;
  meta.title = shared.strings.Format(language, "local_title", {{"name", m.name}});
  meta.description = shared.strings.Format(language, "local_description", {{"name", m.name}});
  meta.url = local.url;
  meta.canonical_url = local.url;
  meta.child = true;
  for (const auto& other : shared.site.config().languages) {
    if (const LocalPage* p = shared.site.FindLocal(other.code, m.code)) {
      meta.switcher.push_back({&other, p->url});
      meta.alternates.push_back({&other, p->url});
    }
  }
  TemplateScope root = LayoutData(shared, meta);
  root.set("place", MunicipalityData(m));
  // Until opening_hours is parsed (text::ParseOpeningHours), the week is empty and the JSON-LD states no hours.
  root.set("json_ld", JsonForScriptBlock(ContactJsonLd(m, RegularWeek{})));
  // The help bar offers the police's 114 only where this page names it as the way in when the municipality is closed.
  root.set("help_114", TelHref(m.acute_phone) == "tel:114");
  SetText(root, "local_text", LocalTextHtml(shared, local, diagnostics));
  root.set("has_local_text", local.local_text != nullptr);
  root.set("local_text_lang", local.local_text ? local.local_text->lang : language.code);
  SetText(root, "steps_url", PageUrlOr(shared, language.code, "hvad-sker-der"));
  SetText(root, "rights_url", PageUrlOr(shared, language.code, "rettigheder"));
  root.set("lookup_url", shared.site.Prefix(language) + "/");
  root.set("content", templates.Render("municipality", root, diagnostics));

  RenderedPage rendered;
  rendered.output_path = local.output_path;
  rendered.html = templates.Render("base", root, diagnostics);
  rendered.source_path = m.where.path;
  rendered.source = {m.where, m.name};
  rendered.source_line = m.where.line;
  rendered.lang = language.code;
  rendered.audience = "child";
  return rendered;
}

}  // namespace enindgang
