#include "render/content_page.h"

#include "render/layout_data.h"
#include "render/activity_list.h"
#include "render/atom_feed.h"
#include "render/directory_pages.h"
#include "render/lookup_strings.h"
#include "render/markdown_body.h"
#include "text/dates.h"

namespace enindgang {
namespace {
using kainjow::mustache::data;

PageMeta MetaOf(const RenderShared& shared, const Page& page) {
  PageMeta meta;
  meta.language = page.language;
  meta.title = page.source->title;
  meta.description = page.source->description;
  meta.url = page.url;
  meta.child = page.source->audience == Audience::kChild;
  meta.alternates = page.translations;
  // A fallback copy is the original under another address: point search engines at the original.
  const Page* original = page.is_fallback ? shared.site.Find(page.source->lang, page.key) : &page;
  meta.canonical_url = original ? original->url : page.url;
  meta.noindex = page.is_fallback;
  for (const auto& language : shared.site.config().languages) {
    if (const Page* other = shared.site.Find(language.code, page.key)) meta.switcher.push_back({&language, other->url});
  }
  return meta;
}

data ChildrenData(const Page& page, const Language& language) {
  data list{data::type::list};
  for (const Page* child : page.children) {
    data item;
    item.set("title", child->source->title);
    item.set("url", child->url);
    SetText(item, "description", child->source->description);
    if (child->source->date) {
      item.set("date", text::FormatLongDate(*child->source->date, language.locale));
      item.set("date_iso", text::IsoDate(*child->source->date));
    }
    list.push_back(item);
  }
  return list;
}

data TermsData(const PageSource& source) {
  data list{data::type::list};
  for (const auto& term : source.terms) {
    data item;
    item.set("id", term.id);
    item.set("term", term.term);
    item.set("text", term.text);
    list.push_back(item);
  }
  return list;
}

data TocData(const std::vector<Heading>& headings) {
  data list{data::type::list};
  for (const auto& h : headings) {
    if (h.level != 2) continue;
    data item;
    item.set("id", h.id);
    item.set("text", h.text);
    list.push_back(item);
  }
  return list;
}

std::string TermsText(const PageSource& source) {
  std::string text;
  for (const auto& term : source.terms) text += term.term + "\n" + term.text + "\n";
  return text;
}

}  // namespace

RenderedPage RenderContentPage(const RenderShared& shared, const Page& page, const TemplateSet& templates,
                               Diagnostics& diagnostics) {
  const PageSource& source = *page.source;
  const Language& language = *page.language;
  const Language* content_language = shared.site.config().FindLanguage(source.lang);

  auto body = RenderMarkdownBody(shared, source, language, diagnostics);

  PageMeta meta = MetaOf(shared, page);
  TemplateScope root = LayoutData(shared, meta);
  root.set("body", std::string(kBodyPlaceholder));
  root.set("toc", TocData(body.headings));
  root.set("children", ChildrenData(page, language));
  root.set("terms", TermsData(source));
  root.set("fallback", page.is_fallback);
  root.set("content_lang", content_language->code);
  root.set("content_dir", ToString(content_language->direction));
  root.set("needs_review", source.translation == TranslationStatus::kNeedsReview && !page.is_fallback);
  root.set("fallback_text",
           shared.strings.Format(language, "fallback_notice", {{"language", content_language->endonym}}));
  if (source.date) {
    root.set("date", text::FormatLongDate(*source.date, language.locale));
    root.set("date_iso", text::IsoDate(*source.date));
  }
  if (page.is_section_index) SetText(root, "feed_url", AtomFeedUrl(page));
  if (source.activity) root.set("activity", ActivityData(shared, language, page));
  if (source.layout == Layout::kActivities) SetActivityData(shared, page, root);
  if (source.layout == Layout::kLanding) {
    root.set("lookup_strings",
             LookupStringsJson(shared.strings, language, FirstLettersFor(DirectoryLetters(shared.site, language))));
    root.set("prefix", shared.site.Prefix(language));
    root.set("directory_url", DirectoryUrl(shared.site, language));
  }
  root.set("content", templates.Render(ToString(source.layout), root, diagnostics));

  RenderedPage rendered;
  rendered.output_path = page.output_path;
  rendered.html = templates.Render("base", root, diagnostics);
  PlaceBody(rendered, body);
  rendered.source_path = source.path;
  rendered.source.where = source.slug_position.line > 0 ? source.slug_position : SourcePosition{source.path, 0, 0};
  rendered.body_markdown = source.body;
  rendered.body_first_line = source.body_first_line;
  rendered.lang = source.lang;
  rendered.audience = source.audience;
  rendered.is_content_original = !page.is_fallback;
  rendered.plain_text = source.title + "\n" + source.description + "\n" + TermsText(source) + body.plain_text;
  return rendered;
}

}  // namespace enindgang
