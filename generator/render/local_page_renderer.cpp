#include "render/local_page_renderer.h"

#include "render/contact_hours.h"
#include "render/contact_json_ld.h"
#include "render/layout_data.h"
#include "render/markdown_body.h"
#include "render/phone_number.h"
#include "render/script_block.h"
#include "render/sms_link.h"

namespace enindgang {
namespace {
using kainjow::mustache::data;

// The after-hours route's "when", in the reader's words.
std::string AcuteWhenKey(AcuteWhen when) {
  switch (when) {
    case AcuteWhen::kClosed:
      return "local_acute_when_closed";
    case AcuteWhen::kAcute:
      return "local_acute_when_acute";
    case AcuteWhen::kUnstated:
      break;
  }
  return "";
}

std::string AcuteWhenText(const RenderShared& shared, const Language& language, AcuteWhen when) {
  std::string key = AcuteWhenKey(when);
  return key.empty() ? "" : shared.strings.Format(language, key);
}

void SetContact(data& d, const Municipality& m) {
  SetText(d, "phone", m.phone);
  SetText(d, "phone_text", DanishPhoneText(m.phone));
  SetText(d, "phone_link", TelHref(m.phone));
  SetText(d, "sms", m.sms);
  SetText(d, "sms_text", m.sms_text);
  SetText(d, "sms_number_text", DanishPhoneText(m.sms));
  SetText(d, "sms_link", SmsHref(m.sms, m.sms_text));
  SetText(d, "email", m.email);
  d.set("has_contact", !m.phone.empty() || !m.email.empty() || !m.sms.empty());
}

void SetAcute(data& d, const RenderShared& shared, const Language& language, const Municipality& m) {
  SetText(d, "acute_service", m.acute_service);
  SetText(d, "acute_phone", m.acute_phone);
  SetText(d, "acute_phone_text", DanishPhoneText(m.acute_phone));
  SetText(d, "acute_phone_link", TelHref(m.acute_phone));
  SetText(d, "acute_when", AcuteWhenText(shared, language, m.acute_when));
  d.set("has_acute", !m.acute_service.empty() || !m.acute_phone.empty());
  // Someone to call when the municipality does not answer: its own route, else BørneTelefonen.
  d.set("has_after_hours", !m.acute_phone.empty() || m.hours.has_value());
}

void SetVerified(data& d, const RenderShared& shared, const Language& language, const Municipality& m) {
  if (auto date = text::ParseIsoDate(m.verified))
    SetText(
        d, "verified_text",
        shared.strings.Format(language, "local_verified", {{"date", text::FormatLongDate(*date, language.locale)}}));
}

data MunicipalityData(const RenderShared& shared, const Language& language, const Municipality& m) {
  data d;
  d.set("code", m.code);
  d.set("name", m.name);
  d.set("region", m.region);
  SetText(d, "website", m.website);
  SetText(d, "enindgang_url", m.enindgang_url);
  d.set("has_enindgang", !m.enindgang_url.empty());
  SetContact(d, m);
  if (m.hours) {
    d.set("has_hours", true);
    d.set("hours", HoursData(shared.strings, language, m.opening_hours, *m.hours, BuildDay(shared.site.options())));
  }
  SetAcute(d, shared, language, m);
  SetVerified(d, shared, language, m);
  return d;
}

std::string LocalTextHtml(const RenderShared& shared, const LocalPage& local, Diagnostics& diagnostics) {
  if (!local.local_text) return {};
  return RenderMarkdownBody(shared, *local.local_text, *local.language, diagnostics).html;
}

std::string RoleUrlOr(const RenderShared& shared, const std::string& lang, Role role) {
  const Page* page = shared.site.FindRole(lang, role);
  return page ? shared.links.Href(page->url) : "";
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
  root.set("place", MunicipalityData(shared, language, m));
  root.set("json_ld", JsonForScriptBlock(ContactJsonLd(m, m.hours ? text::RegularWeek(*m.hours) : RegularWeek{},
                                                       AcuteWhenText(shared, language, m.acute_when))));
  // The help bar offers the police's 114 only where this page names it as the way in when the municipality is closed.
  root.set("help_114", TelHref(m.acute_phone) == "tel:114");
  SetText(root, "local_text", LocalTextHtml(shared, local, diagnostics));
  root.set("has_local_text", local.local_text != nullptr);
  root.set("local_text_lang", local.local_text ? local.local_text->lang : language.code);
  SetText(root, "steps_url", RoleUrlOr(shared, language.code, Role::kCaseSteps));
  SetText(root, "rights_url", RoleUrlOr(shared, language.code, Role::kRights));
  root.set("lookup_url", shared.links.Href(shared.site.Prefix(language) + "/"));
  root.set("content", templates.Render("municipality", root, diagnostics));

  RenderedPage rendered;
  rendered.output_path = local.output_path;
  rendered.html = templates.Render("base", root, diagnostics);
  rendered.source_path = m.where.path;
  rendered.source = {m.where, m.name};
  rendered.source_line = m.where.line;
  rendered.lang = language.code;
  rendered.audience = Audience::kChild;
  return rendered;
}

}  // namespace enindgang
