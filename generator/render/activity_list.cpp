#include "render/activity_list.h"

#include <algorithm>

#include "render/activity_calendar.h"
#include "text/dates.h"

namespace enindgang {
namespace {
using kainjow::mustache::data;

std::string Clock(const text::LocalDateTime& local) {
  char text[8];
  std::snprintf(text, sizeof text, "%02d:%02d", local.hour, local.minute);
  return text;
}

// "3. marts 2026 kl. 10:00", in the reader's language.
std::string When(const RenderShared& shared, const Language& language, const text::LocalDateTime& local) {
  const std::string date = text::FormatLongDate(local.date, language.locale);
  if (!local.has_time) return date;
  return shared.strings.Format(language, "activity_when", {{"date", date}, {"time", Clock(local)}});
}

// For <time datetime>: "2026-03-03T10:00" or "2026-03-03" (a local date and time, valid HTML).
std::string MachineTime(const text::LocalDateTime& local) {
  std::string machine = text::IsoDate(local.date);
  if (local.has_time) machine.append("T").append(Clock(local));  // not "T" + …: GCC 12 -Wrestrict at -O3
  return machine;
}

// An optional fact: unset would let {{#key}} find the list page's own value of that name.
void SetOrFalse(data& item, const std::string& key, const std::string& value) {
  if (value.empty()) item.set(key, false);
  else item.set(key, value);
}

}  // namespace

data ActivityData(const RenderShared& shared, const Language& language, const Page& page) {
  const Activity& activity = *page.source->activity;
  data item;
  item.set("title", page.source->title);
  item.set("url", page.url);
  SetOrFalse(item, "description", page.source->description);
  item.set("when", When(shared, language, activity.starts.local));
  item.set("when_iso", MachineTime(activity.starts.local));
  SetOrFalse(item, "ends", activity.ends ? When(shared, language, activity.ends->local) : "");
  SetOrFalse(item, "ends_iso", activity.ends ? MachineTime(activity.ends->local) : "");
  SetOrFalse(item, "deadline",
             activity.deadline ? shared.strings.Format(language, "activity_deadline",
                                                       {{"date", When(shared, language, activity.deadline->local)}})
                               : "");
  SetOrFalse(item, "place", activity.place);
  item.set("online", activity.online);
  SetOrFalse(item, "signup_url", activity.signup_url);
  item.set("for_staff", page.source->audience == Audience::kAdult);
  return item;
}

namespace {

data ListData(const RenderShared& shared, const Language& language, const std::vector<const Page*>& pages) {
  data list{data::type::list};
  for (const Page* page : pages) list.push_back(ActivityData(shared, language, *page));
  return list;
}

}  // namespace

ActivitySplit SplitActivities(const Page& list_page, int64_t now_utc_ms) {
  ActivitySplit split;
  for (const Page* child : list_page.children) {
    if (!child->source->activity) continue;
    (child->source->activity->OverAtUtcMs() > now_utc_ms ? split.coming : split.past).push_back(child);
  }
  auto starts = [](const Page* p) { return p->source->activity->starts.utc_ms; };
  std::stable_sort(split.coming.begin(), split.coming.end(),
                   [&](const Page* a, const Page* b) { return starts(a) < starts(b); });
  std::stable_sort(split.past.begin(), split.past.end(),
                   [&](const Page* a, const Page* b) { return starts(a) > starts(b); });
  return split;
}

void SetActivityData(const RenderShared& shared, const Page& list_page, TemplateScope& root) {
  const Language& language = *list_page.language;
  auto split = SplitActivities(list_page, shared.site.options().now_utc_ms.value_or(0));
  root.set("coming", ListData(shared, language, split.coming));
  root.set("past", ListData(shared, language, split.past));
  root.set("no_coming", split.coming.empty());
  root.set("has_past", !split.past.empty());
  root.set("calendar_url", ActivityCalendarUrl(list_page));
}

}  // namespace enindgang
