#include "load/front_matter_schema.h"

#include "load/addresses.h"
#include "text/slug.h"

namespace enindgang {
namespace {

constexpr size_t kMaxSlug = 200;

using Scaffold = std::optional<ScaffoldLine>;

// A YAML double-quoted scalar: the title may hold ':' or '#', which would end a plain one.
std::string Quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// One of an enum's words; nullopt when the key is absent or the value is reported.
template <typename E>
std::optional<E> ReadChoice(const YamlFields& fields, const std::string& key) {
  auto word = fields.Choice(key, EnumNames<E>());
  return word ? ParseEnum<E>(*word) : std::nullopt;
}

bool SameSchedule(const std::optional<ScheduledTime>& a, const std::optional<ScheduledTime>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || (a->utc_ms == b->utc_ms && a->local == b->local);
}

// publish: / expires:, a wall-clock time in Copenhagen.
std::optional<ScheduledTime> ReadScheduledTime(const YamlFields& fields, const std::string& key,
                                               Diagnostics& diagnostics) {
  auto text = fields.String(key);
  if (!text) return std::nullopt;
  auto local = text::ParseLocalDateTime(*text);
  if (!local) {
    diagnostics.Error(fields.PositionOf(fields.node()[key]), key + " '" + *text + "' is not a date or a date and time",
                      "write it as YYYY-MM-DD or YYYY-MM-DD HH:MM, Danish time, e.g. " + key + ": 2026-12-01 08:00");
    return std::nullopt;
  }
  return ScheduledTime{*local, text::LocalToUtcMs(*local)};
}

void ReadTitle(const YamlFields& fields, PageSource& page, Diagnostics& diagnostics, int) {
  page.title = fields.String("title").value_or("");
  if (page.title.empty())
    diagnostics.Error(fields.PositionOf(fields.node()), "the page has no title",
                      "add title: \"…\" to the front matter");
}

void ReadSlug(const YamlFields& fields, PageSource& page, Diagnostics& diagnostics, int) {
  auto slug = fields.String("slug");
  if (!slug) return;
  page.slug_position = fields.PositionOf(fields.node()["slug"]);
  if (slug->size() > kMaxSlug) {
    // It names a folder of the output, and file systems refuse names longer than 255 bytes.
    diagnostics.Error(page.slug_position, "the slug is " + std::to_string(slug->size()) + " characters long",
                      "shorten it to at most " + std::to_string(kMaxSlug) + " characters");
  } else if (text::IsSlug(*slug)) {
    page.slug = *slug;
  } else {
    diagnostics.Error(page.slug_position, "slug '" + *slug + "' is not one clean URL segment",
                      "write lower-case a–z, digits and single hyphens, e.g. slug: dine-rettigheder");
  }
}

void ReadDate(const YamlFields& fields, PageSource& page, Diagnostics& diagnostics, int) {
  auto date = fields.String("date");
  if (!date) return;
  page.date = text::ParseIsoDate(*date);
  if (!page.date)
    diagnostics.Error(fields.PositionOf(fields.node()["date"]), "date '" + *date + "' is not a valid date",
                      "write it as YYYY-MM-DD, e.g. 2024-04-01");
}

// Read after publish:, which it must follow.
void ReadExpires(const YamlFields& fields, PageSource& page, Diagnostics& diagnostics, int) {
  page.expires = ReadScheduledTime(fields, "expires", diagnostics);
  if (page.publish && page.expires && page.expires->utc_ms <= page.publish->utc_ms) {
    diagnostics.Error(fields.PositionOf(fields.node()["expires"]),
                      "the page expires (" + text::FormatLocalDateTime(page.expires->local) +
                          ") before it is published (" + text::FormatLocalDateTime(page.publish->local) + ")",
                      "set expires: to a time after publish:");
  }
}

void ReadTerms(const YamlFields& fields, PageSource& page, Diagnostics& diagnostics, int line_offset) {
  const YamlNode& list = fields.node()["terms"];
  if (!list) return;
  if (!list.IsSequence()) {
    diagnostics.Error(fields.PositionOf(list), "'terms' must be a list",
                      "write each term as - id: …, term: …, text: …");
    return;
  }
  for (const auto& item : list.items()) {
    YamlFields term(item, page.path, line_offset, diagnostics);
    if (!item.IsMap()) {
      diagnostics.Error(term.PositionOf(item), "a glossary term must have id, term and text", "write - id: bisidder");
      continue;
    }
    term.RejectUnknownKeys({"id", "term", "text"}, "glossary term");
    GlossaryTerm entry{term.String("id").value_or(""), term.String("term").value_or(""),
                       term.String("text").value_or(""), term.PositionOf(item)};
    std::string missing;
    for (const auto& [name, value] : {std::pair{"id", &entry.id}, {"term", &entry.term}, {"text", &entry.text}})
      if (value->empty()) missing += std::string(missing.empty() ? "" : " and ") + name;
    if (!missing.empty()) {
      std::string name = entry.term.empty() ? entry.id : entry.term;
      diagnostics.Error(entry.where,
                        (name.empty() ? "a glossary term" : "the glossary term '" + name + "'") + " has no " + missing,
                        "a term needs id, term and text; add " + missing + ":");
      continue;
    }
    page.terms.push_back(std::move(entry));
  }
}

// starts: makes the page an activity; the other activity keys need it.
void ReadStarts(const YamlFields& fields, PageSource& page, Diagnostics& diagnostics, int) {
  auto starts = ReadScheduledTime(fields, "starts", diagnostics);
  if (!starts) return;
  page.activity = Activity{};
  page.activity->starts = *starts;
  page.activity->where = fields.PositionOfKey("starts");
}

// The page's activity for one of its keys; an error when the key is there without starts:.
Activity* ActivityFor(const YamlFields& fields, PageSource& page, const std::string& key, Diagnostics& diagnostics) {
  if (!fields.node()[key]) return nullptr;
  if (!page.activity && !fields.node()["starts"]) {
    diagnostics.Error(fields.PositionOfKey(key), key + ": belongs to an activity, and the page has no starts:",
                      "add starts: YYYY-MM-DD HH:MM (Danish time), or remove " + key + ":");
  }
  return page.activity ? &*page.activity : nullptr;
}

std::string Shown(const ScheduledTime& time) { return text::FormatLocalDateTime(time.local); }

void ReadEnds(const YamlFields& fields, PageSource& page, Diagnostics& diagnostics, int) {
  Activity* activity = ActivityFor(fields, page, "ends", diagnostics);
  auto ends = ReadScheduledTime(fields, "ends", diagnostics);
  if (!activity || !ends) return;
  if (ends->utc_ms <= activity->starts.utc_ms) {
    diagnostics.Error(
        fields.PositionOf(fields.node()["ends"]),
        "the activity's end (" + Shown(*ends) + ") is not after its start (" + Shown(activity->starts) + ")",
        "set ends: to a time after starts:");
    return;
  }
  activity->ends = ends;
}

void ReadDeadline(const YamlFields& fields, PageSource& page, Diagnostics& diagnostics, int) {
  Activity* activity = ActivityFor(fields, page, "deadline", diagnostics);
  auto deadline = ReadScheduledTime(fields, "deadline", diagnostics);
  if (!activity || !deadline) return;
  if (deadline->utc_ms > activity->starts.utc_ms) {
    diagnostics.Error(
        fields.PositionOf(fields.node()["deadline"]),
        "the deadline (" + Shown(*deadline) + ") is after the activity starts (" + Shown(activity->starts) + ")",
        "set deadline: to the last day to sign up or apply, before starts:");
    return;
  }
  activity->deadline = deadline;
}

void ReadPlace(const YamlFields& fields, PageSource& page, Diagnostics& diagnostics, int) {
  if (Activity* activity = ActivityFor(fields, page, "place", diagnostics))
    activity->place = fields.String("place").value_or("");
}

void ReadOnline(const YamlFields& fields, PageSource& page, Diagnostics& diagnostics, int) {
  if (Activity* activity = ActivityFor(fields, page, "online", diagnostics))
    activity->online = fields.Boolean("online").value_or(false);
}

void ReadSignupUrl(const YamlFields& fields, PageSource& page, Diagnostics& diagnostics, int) {
  Activity* activity = ActivityFor(fields, page, "signup_url", diagnostics);
  auto url = fields.String("signup_url");
  if (!activity || !url) return;
  if (!IsHttpsUrl(*url)) {
    diagnostics.Error(fields.PositionOf(fields.node()["signup_url"]),
                      "signup_url '" + *url + "' is not an https:// address",
                      "write the address of the sign-up page, e.g. signup_url: https://www.example.dk/tilmelding");
    return;
  }
  activity->signup_url = *url;
}

// An activity's field, or a default for a page that is no activity.
template <typename T>
T ActivityField(const PageSource& page, T Activity::*field) {
  return page.activity ? (*page.activity).*field : T{};
}

template <typename T>
bool SameActivityField(const PageSource& a, const PageSource& b, T Activity::*field) {
  return a.activity.has_value() == b.activity.has_value() && ActivityField(a, field) == ActivityField(b, field);
}

const std::vector<FrontMatterKey> kSchema = {
    {"title", "text", "(required)", "the page's h1 and `<title>`", ReadTitle, "title",
     [](const PageSource& a, const PageSource& b) { return a.title == b.title; },
     [](const ScaffoldContext& c) -> Scaffold {
       return ScaffoldLine{"title: " + Quoted(c.title), ""};
     }},
    {"description", "text", "\"\"", "one sentence for search results and the news feed",
     [](const YamlFields& f, PageSource& p, Diagnostics&, int) {
       p.description = f.String("description").value_or("");
     },
     "description", [](const PageSource& a, const PageSource& b) { return a.description == b.description; },
     [](const ScaffoldContext& c) -> Scaffold {
       return ScaffoldLine{"description: \"\"", c.news ? "one sentence for search results and the news feed"
                                                       : "one sentence for search results"};
     }},
    {"date", "YYYY-MM-DD", "none", "news posts: shown on the post; the news list is sorted by it", ReadDate, "date",
     [](const PageSource& a, const PageSource& b) { return a.date == b.date; },
     [](const ScaffoldContext& c) -> Scaffold {
       if (!c.news) return std::nullopt;
       return ScaffoldLine{"date: " + c.today, "shown on the post; the news list is sorted by it"};
     }},
    {"slug", "URL segment", "the file name", "the URL segment in this language, e.g. `your-rights`", ReadSlug, "slug",
     [](const PageSource& a, const PageSource& b) { return a.slug == b.slug; },
     [](const ScaffoldContext& c) -> Scaffold {
       if (c.news) return std::nullopt;
       return ScaffoldLine{"# slug: " + c.slug, "the URL segment, if it should differ from the file name"};
     }},
    {"order", "whole number", "0", "menu position: pages with order > 0 are in the menu",
     [](const YamlFields& f, PageSource& p, Diagnostics&, int) {
       p.order = static_cast<int>(f.Integer("order", -1'000'000, 1'000'000).value_or(0));
     },
     "order", [](const PageSource& a, const PageSource& b) { return a.order == b.order; },
     [](const ScaffoldContext& c) -> Scaffold {
       if (c.news || c.activity) return std::nullopt;
       return ScaffoldLine{"order: 0", "menu position: pages with order > 0 are in the menu"};
     }},
    {"layout", "page, landing, steps, glossary, list, activities", "page", "the template the page is shown with",
     [](const YamlFields& f, PageSource& p, Diagnostics&, int) {
       p.layout = ReadChoice<Layout>(f, "layout").value_or(Layout::kPage);
       p.layout_position = f.PositionOfKey("layout");
     },
     "layout", [](const PageSource& a, const PageSource& b) { return a.layout == b.layout; },
     [](const ScaffoldContext& c) -> Scaffold {
       if (c.news || c.activity) return std::nullopt;
       return ScaffoldLine{"layout: page", "page, landing, steps, glossary, list or activities"};
     }},
    {"audience", "child, adult", "child", "child (menu, LIX limit) or adult (footer); every page has the quick exit",
     [](const YamlFields& f, PageSource& p, Diagnostics&, int) {
       p.audience = ReadChoice<Audience>(f, "audience").value_or(Audience::kChild);
     },
     "audience", [](const PageSource& a, const PageSource& b) { return a.audience == b.audience; },
     [](const ScaffoldContext&) -> Scaffold {
       return ScaffoldLine{"audience: child", "child (menu, quick exit, LIX limit) or adult (footer)"};
     }},
    {"translation", "original, needs-review, reviewed", "none",
     "needs-review shows a notice and is a warning of `check --release`",
     [](const YamlFields& f, PageSource& p, Diagnostics&, int) {
       p.translation = ReadChoice<TranslationStatus>(f, "translation");
       p.translation_position = f.PositionOfKey("translation");
     },
     "", nullptr,
     [](const ScaffoldContext& c) -> Scaffold {
       return ScaffoldLine{std::string("translation: ") + (c.is_default_language ? "original" : "needs-review"),
                           "original, needs-review or reviewed"};
     }},
    {"publish", "YYYY-MM-DD [HH:MM]", "none", "not published before this Danish time",
     [](const YamlFields& f, PageSource& p, Diagnostics& d, int) { p.publish = ReadScheduledTime(f, "publish", d); },
     "publish time", [](const PageSource& a, const PageSource& b) { return SameSchedule(a.publish, b.publish); },
     [](const ScaffoldContext& c) -> Scaffold {
       return ScaffoldLine{"# publish: " + c.today + " 08:00", "not published before this Danish time"};
     }},
    {"expires", "YYYY-MM-DD [HH:MM]", "none", "taken down from this Danish time on", ReadExpires, "expires time",
     [](const PageSource& a, const PageSource& b) { return SameSchedule(a.expires, b.expires); },
     [](const ScaffoldContext& c) -> Scaffold {
       return ScaffoldLine{"# expires: " + std::to_string(c.next_year) + "-01-01",
                           "taken down from this Danish time on"};
     }},
    {"draft", "true, false", "false", "a draft is not published",
     [](const YamlFields& f, PageSource& p, Diagnostics&, int) { p.draft = f.Boolean("draft").value_or(false); },
     "draft", [](const PageSource& a, const PageSource& b) { return a.draft == b.draft; },
     [](const ScaffoldContext&) -> Scaffold {
       return ScaffoldLine{"draft: true", "nothing goes live until this says false"};
     }},
    {"terms", "list of id, term, text", "none", "the words of a glossary page; `id` is the anchor", ReadTerms, "",
     nullptr, [](const ScaffoldContext&) -> Scaffold { return std::nullopt; }},
    {"role", "rights, case-steps", "none",
     "what the page is for: the municipality pages link to the page of each role (one per language)",
     [](const YamlFields& f, PageSource& p, Diagnostics&, int) {
       p.role = ReadChoice<Role>(f, "role");
       p.role_position = f.PositionOfKey("role");
     },
     "role", [](const PageSource& a, const PageSource& b) { return a.role == b.role; },
     [](const ScaffoldContext&) -> Scaffold { return std::nullopt; }},
    {"starts", "YYYY-MM-DD [HH:MM]", "none",
     "makes the page an activity: listed on the activities page (by this Danish time) and in its calendar", ReadStarts,
     "start time",
     [](const PageSource& a, const PageSource& b) {
       return a.activity.has_value() == b.activity.has_value() &&
              (!a.activity || SameSchedule(a.activity->starts, b.activity->starts));
     },
     [](const ScaffoldContext& c) -> Scaffold {
       if (!c.activity) return std::nullopt;
       return ScaffoldLine{"starts: " + c.today + " 10:00", "Danish time; the activities page and calendar show it"};
     }},
    {"ends", "YYYY-MM-DD [HH:MM]", "none", "activities: when it ends, after starts", ReadEnds, "end time",
     [](const PageSource& a, const PageSource& b) { return SameActivityField(a, b, &Activity::ends); },
     [](const ScaffoldContext& c) -> Scaffold {
       if (!c.activity) return std::nullopt;
       return ScaffoldLine{"ends: " + c.today + " 12:00", "after starts"};
     }},
    {"deadline", "YYYY-MM-DD [HH:MM]", "none", "activities: the last day to sign up or apply, not after starts",
     ReadDeadline, "deadline",
     [](const PageSource& a, const PageSource& b) { return SameActivityField(a, b, &Activity::deadline); },
     [](const ScaffoldContext& c) -> Scaffold {
       if (!c.activity) return std::nullopt;
       return ScaffoldLine{"# deadline: " + c.today, "the last day to sign up or apply"};
     }},
    {"place", "text", "\"\"", "activities: where it is (an address)", ReadPlace, "place",
     [](const PageSource& a, const PageSource& b) { return SameActivityField(a, b, &Activity::place); },
     [](const ScaffoldContext& c) -> Scaffold {
       if (!c.activity) return std::nullopt;
       return ScaffoldLine{"place: \"\"", "where it is, e.g. an address"};
     }},
    {"online", "true, false", "false", "activities: it takes place online", ReadOnline, "online",
     [](const PageSource& a, const PageSource& b) { return SameActivityField(a, b, &Activity::online); },
     [](const ScaffoldContext& c) -> Scaffold {
       if (!c.activity) return std::nullopt;
       return ScaffoldLine{"online: false", "true for a webinar"};
     }},
    {"signup_url", "https:// address", "none", "activities: where to sign up", ReadSignupUrl, "sign-up address",
     [](const PageSource& a, const PageSource& b) { return SameActivityField(a, b, &Activity::signup_url); },
     [](const ScaffoldContext& c) -> Scaffold {
       if (!c.activity) return std::nullopt;
       return ScaffoldLine{"# signup_url: https://", "where to sign up"};
     }},
};

}  // namespace

const std::vector<FrontMatterKey>& FrontMatterSchema() { return kSchema; }

void ReadFrontMatter(const YamlFields& fields, PageSource& page, Diagnostics& diagnostics, int line_offset) {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all;
    for (const auto& key : kSchema) all.emplace_back(key.name);
    return all;
  }();
  fields.RejectUnknownKeys(names, "front matter");
  for (const auto& key : kSchema) key.read(fields, page, diagnostics, line_offset);
}

std::optional<std::string> ChangedStructure(const PageSource& before, const PageSource& after) {
  for (const auto& key : kSchema)
    if (key.same && !key.same(before, after)) return std::string(key.structure);
  return std::nullopt;
}

std::string FrontMatterTable() {
  std::string table = "| key | value | without it | what it does |\n|---|---|---|---|\n";
  for (const auto& key : kSchema) {
    table += "| `" + std::string(key.name) + "` | " + std::string(key.type) + " | " + std::string(key.when_absent) +
             " | " + std::string(key.description) + (key.structure.empty() ? "" : " ¹") + " |\n";
  }
  return table;
}

}  // namespace enindgang
