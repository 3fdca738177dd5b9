#pragma once
#include <string>

#include "model/site.h"
#include "render/ui_strings.h"

namespace enindgang {

// Where a list page's calendar is published: "/aktiviteter/aktiviteter.ics",
// "/en/aktiviteter/aktiviteter.ics".
std::string ActivityCalendarUrl(const Page& list_page);

// The list page's activities as an iCalendar file (RFC 5545, made with
// libical): one VEVENT per activity, its times in Europe/Copenhagen with that
// zone's VTIMEZONE, a UID that stays the same across builds (the page's
// language and key), the page's URL and description; a deadline is an all-day
// event of its own, which every calendar program shows (many ignore VTODO).
std::string RenderActivityCalendar(const Site& site, const UiStrings& strings, const Page& list_page);

}  // namespace enindgang
