#include "render/newsletter.h"

#include <algorithm>
#include <vector>

#include "render/activity_list.h"

namespace enindgang {
namespace {
using kainjow::mustache::data;

// A value of the site's pages made absolute: a newsletter is read outside the site.
std::string Absolute(const Site& site, const std::string& url) { return site.config().base_url + url; }

std::vector<const Page*> NewsSince(const Site& site, const Language& language, const text::Date& since) {
  std::vector<const Page*> news;
  for (const auto& page : site.pages())
    if (page.language == &language && page.source->date && !page.source->activity &&
        text::DaysSinceEpoch(*page.source->date) >= text::DaysSinceEpoch(since))
      news.push_back(&page);
  std::stable_sort(news.begin(), news.end(), [](const Page* a, const Page* b) {
    return text::DaysSinceEpoch(*a->source->date) > text::DaysSinceEpoch(*b->source->date);
  });
  return news;
}

std::vector<const Page*> ComingActivities(const Site& site, const Language& language, int64_t now_ms) {
  std::vector<const Page*> coming;
  for (const auto& page : site.pages())
    if (page.language == &language && page.source->activity && page.source->activity->OverAtUtcMs() > now_ms)
      coming.push_back(&page);
  std::stable_sort(coming.begin(), coming.end(), [](const Page* a, const Page* b) {
    return a->source->activity->starts.utc_ms < b->source->activity->starts.utc_ms;
  });
  return coming;
}

data NewsData(const Site& site, const Language& language, const std::vector<const Page*>& pages) {
  data list{data::type::list};
  for (const Page* page : pages) {
    data item;
    item.set("title", page->source->title);
    item.set("url", Absolute(site, page->url));
    item.set("date", text::FormatLongDate(*page->source->date, language.locale));
    if (page->source->description.empty()) item.set("description", false);
    else item.set("description", page->source->description);
    list.push_back(item);
  }
  return list;
}

data ActivitiesData(const RenderShared& shared, const Language& language, const std::vector<const Page*>& pages) {
  data list{data::type::list};
  for (const Page* page : pages) {
    data item = ActivityData(shared, language, *page);
    item.set("url", Absolute(shared.site, page->url));
    list.push_back(item);
  }
  return list;
}

std::string SubjectOf(const RenderShared& shared, const Language& language) {
  const Site& site = shared.site;
  const std::string& name = site.config().newsletter_subject;
  const std::string date = text::FormatLongDate(BuildDay(site.options()), language.locale);
  return (name.empty() ? shared.strings.Format(language, "site_name") : name) + " – " + date;
}

}  // namespace

NewsletterEdition RenderNewsletter(const RenderContext& context, const Language& language, const text::Date& since,
                                   Diagnostics& diagnostics) {
  const RenderShared& shared = context.shared();
  const Site& site = shared.site;
  const auto news = NewsSince(site, language, since);
  const auto activities = ComingActivities(site, language, site.options().now_utc_ms.value_or(0));

  NewsletterEdition edition;
  edition.subject = SubjectOf(shared, language);
  edition.news = news.size();
  edition.activities = activities.size();
  TemplateScope scope;
  scope.shared = {&shared.layouts.at(language.code).common()};
  scope.set("subject", edition.subject);
  scope.set("lang", language.code);
  scope.set("dir", ToString(language.direction));
  scope.set("site_url", Absolute(site, site.Prefix(language) + "/"));
  scope.set("news", NewsData(site, language, news));
  scope.set("has_news", !news.empty());
  scope.set("activities", ActivitiesData(shared, language, activities));
  scope.set("has_activities", !activities.empty());
  scope.set("nothing_new", news.empty() && activities.empty());
  scope.set("since", text::FormatLongDate(since, language.locale));
  // The theme's email/ templates, a set of their own: e-mail may use what pages may not (inline styles).
  ThemeFiles email;
  email.templates = shared.site.theme().email_templates;
  const TemplateSet templates(email, diagnostics);
  edition.html = templates.Render("newsletter", scope, diagnostics);
  edition.text = templates.Render("newsletter_text", scope, diagnostics);
  return edition;
}

}  // namespace enindgang
