#pragma once
#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "render/render_context.h"
#include "text/dates.h"

namespace enindgang {

// One edition of the campaign's newsletter ("Børnene Først – NYT"): the news
// posts dated on or after `since` and the activities not yet over, in one
// language, with every link absolute to base_url. Made from the theme's
// email/ templates newsletter.mustache (HTML: inline styles, tables, no script, no
// image) and newsletter_text.mustache (the plain-text part), so a
// municipality or the national team can restyle it.
// Without --since: a quarter back, as the campaign's newsletter goes out three or four times a year.
inline constexpr int kNewsletterDefaultDays = 92;

struct NewsletterEdition {
  std::string subject;  // "<newsletter_subject> – 1. december 2026"
  std::string html;
  std::string text;
  size_t news = 0;
  size_t activities = 0;
};

NewsletterEdition RenderNewsletter(const RenderContext& context, const Language& language, const text::Date& since,
                                   Diagnostics& diagnostics);

}  // namespace enindgang
