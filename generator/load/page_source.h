#pragma once
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "load/domain_values.h"
#include "text/dates.h"
#include "text/local_time.h"

namespace enindgang {

// One word of a glossary page; `id` is the anchor other pages link to.
struct GlossaryTerm {
  std::string id;
  std::string term;
  std::string text;
  SourcePosition where;
};

// `publish:` or `expires:` as written (a wall-clock time in Copenhagen) and
// the instant it stands for.
struct ScheduledTime {
  text::LocalDateTime local;
  int64_t utc_ms = 0;

  friend bool operator==(const ScheduledTime&, const ScheduledTime&) = default;
};

// An activity (a network meeting, a webinar, a seminar day, a deadline for a
// pool): when and where, from the page's front matter. Times are wall-clock
// times in Copenhagen, like publish:.
struct Activity {
  ScheduledTime starts;
  std::optional<ScheduledTime> ends;      // after starts; without it the activity has no set end
  std::optional<ScheduledTime> deadline;  // to sign up or apply; not after starts
  std::string place;                      // "Odense Rådhus, Flakhaven 2"
  bool online = false;
  std::string signup_url;  // https://
  SourcePosition where;    // the starts: key, for the calendar's messages

  // The instant it is over: its end, or else the end of its starting day.
  int64_t OverAtUtcMs() const;
};

// A content file as read from disk: front matter values and the Markdown body,
// with the positions later stages need for their messages.
struct PageSource {
  std::string lang;  // language folder: "da"
  std::string key;   // path inside the language folder without ".md": "nyheder/_index"
  std::string path;  // for messages: "content/da/nyheder/_index.md"

  std::string title;
  std::string description;
  std::string slug;  // replaces the file name in the URL when set
  Layout layout = Layout::kPage;
  Audience audience = Audience::kChild;
  std::optional<TranslationStatus> translation;
  std::optional<Role> role;
  int order = 0;
  bool draft = false;
  std::optional<text::Date> date;
  std::optional<ScheduledTime> publish;  // held back before this instant
  std::optional<ScheduledTime> expires;  // held back from this instant on
  std::vector<GlossaryTerm> terms;
  std::optional<Activity> activity;  // set by starts:; a page in an activities list and its calendar

  std::string body;
  int body_first_line = 1;
  SourcePosition slug_position;
  SourcePosition layout_position;
  SourcePosition translation_position;  // the `translation:` key, for "needs review" before a release
  SourcePosition role_position;         // for two pages of one language with the same role
};

inline const std::vector<std::string>& KnownLayouts() { return EnumNames<Layout>(); }

// Parses one content file. Reports every problem; nullopt when the page is unusable.
std::optional<PageSource> ParsePageSource(std::string_view text, std::string lang, std::string key, std::string path,
                                          Diagnostics& diagnostics);

}  // namespace enindgang
