#pragma once
#include <cstdint>
#include <vector>

#include "model/site.h"
#include "render/render_shared.h"
#include "render/template_set.h"

namespace enindgang {

// The activities of a list page (its children with starts:), split by the
// build's clock: coming ones (not yet over) by start, soonest first; past ones
// (the archive) latest first.
struct ActivitySplit {
  std::vector<const Page*> coming;
  std::vector<const Page*> past;
};
ActivitySplit SplitActivities(const Page& list_page, int64_t now_utc_ms);

// One activity's facts for a template: title, url, when (+ when_iso), ends,
// deadline, place, online, signup_url, for_staff, description; each unknown
// fact false. Shown on the activity's own page as {{#activity}}.
kainjow::mustache::data ActivityData(const RenderShared& shared, const Language& language, const Page& page);

// What the `activities` layout shows: {{#coming}}, {{#past}}, each item's
// as ActivityData; {{no_coming}}, {{has_past}}
// and {{calendar_url}}.
void SetActivityData(const RenderShared& shared, const Page& list_page, TemplateScope& root);

}  // namespace enindgang
