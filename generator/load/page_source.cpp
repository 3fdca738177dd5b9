#include "load/page_source.h"

#include <algorithm>

#include "load/front_matter.h"
#include "load/utf8_check.h"
#include "load/yaml_fields.h"
#include "text/line_ends.h"
#include "text/slug.h"
#include "text/utf8.h"

namespace enindgang {
namespace {

const std::vector<std::string> kFrontMatterKeys = {"title",   "description", "slug",     "order",  "draft",       "date",
                                                   "publish", "expires",     "audience", "layout", "translation", "terms"};

constexpr size_t kMaxSlug = 200;

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

void ReadSchedule(const YamlFields& fields, PageSource& page, Diagnostics& diagnostics) {
  page.publish = ReadScheduledTime(fields, "publish", diagnostics);
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
    diagnostics.Error(fields.PositionOf(list), "'terms' must be a list", "write each term as - id: …, term: …, text: …");
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
      diagnostics.Error(entry.where, (name.empty() ? "a glossary term" : "the glossary term '" + name + "'") + " has no " + missing,
                        "a term needs id, term and text; add " + missing + ":");
      continue;
    }
    page.terms.push_back(std::move(entry));
  }
}

void ReadFields(const YamlFields& fields, PageSource& page, Diagnostics& diagnostics, int line_offset) {
  fields.RejectUnknownKeys(kFrontMatterKeys, "front matter");
  page.title = fields.String("title").value_or("");
  if (page.title.empty()) {
    diagnostics.Error(fields.PositionOf(fields.node()), "the page has no title", "add title: \"…\" to the front matter");
  }
  page.description = fields.String("description").value_or("");
  page.order = static_cast<int>(fields.Integer("order", -1'000'000, 1'000'000).value_or(0));
  page.draft = fields.Boolean("draft").value_or(false);
  page.audience = fields.Choice("audience", {"child", "adult"}).value_or("child");
  page.layout = fields.Choice("layout", KnownLayouts()).value_or("page");
  page.layout_position = fields.PositionOfKey("layout");
  page.translation = fields.Choice("translation", {"original", "needs-review", "reviewed"}).value_or("");
  page.translation_position = fields.PositionOfKey("translation");
  if (auto slug = fields.String("slug")) {
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
  if (auto date = fields.String("date")) {
    page.date = text::ParseIsoDate(*date);
    if (!page.date) {
      diagnostics.Error(fields.PositionOf(fields.node()["date"]), "date '" + *date + "' is not a valid date",
                        "write it as YYYY-MM-DD, e.g. 2024-04-01");
    }
  }
  ReadSchedule(fields, page, diagnostics);
  ReadTerms(fields, page, diagnostics, line_offset);
}

// The folders and the file name of a page become its URL (content/da/nyheder/ny.md:
// /nyheder/ny/): each must be one clean segment, as a slug must, unless the
// front matter's slug replaces the file name.
void CheckUrlSegments(const PageSource& page, Diagnostics& diagnostics) {
  size_t start = 0;
  while (start <= page.key.size()) {
    size_t end = std::min(page.key.find('/', start), page.key.size());
    const std::string segment = page.key.substr(start, end - start);
    const bool is_name = end == page.key.size();
    const bool replaced = is_name && (!page.slug.empty() || segment == "index" || segment == "_index");
    if (!replaced && !text::IsSlug(segment)) {
      diagnostics.Error({page.path, 0, 0},
                        std::string(is_name ? "the file name '" : "the folder name '") + segment +
                            "' becomes part of the page's URL but is not one clean URL segment",
                        is_name ? "rename the file with lower-case a–z, digits and single hyphens, e.g. "
                                  "dine-rettigheder.md, or give the page a slug: in its front matter"
                                : "rename the folder with lower-case a–z, digits and single hyphens, e.g. nyheder");
    }
    start = end + 1;
  }
}

}  // namespace

std::optional<PageSource> ParsePageSource(std::string_view original, std::string lang, std::string key,
                                          std::string path, Diagnostics& diagnostics) {
  const std::string normalized = original.find('\r') == std::string_view::npos ? std::string() : text::NormalizeLineEnds(original);
  const std::string_view text = normalized.empty() ? original : normalized;
  if (RejectUtf16(text, path, diagnostics)) return std::nullopt;
  size_t bad = 0;
  if (text::FindInvalidUtf8(text, &bad)) {
    const auto [line, column] = text::LineAndColumnOf(text, bad);
    diagnostics.Error({path, line, column},
                      "the file is not valid UTF-8", "save it as UTF-8 in your editor");
    return std::nullopt;
  }
  // The body goes into the page as written: nothing in it that XML and HTML forbid.
  if (!CheckControls(text, 0, path, diagnostics)) return std::nullopt;
  int errors_before = diagnostics.ErrorCount();
  auto split = SplitFrontMatter(text, path, diagnostics);
  if (!split) return std::nullopt;
  int line_offset = split->yaml_first_line - 1;
  auto yaml = ParseYaml(split->yaml, path, line_offset, diagnostics);
  if (!yaml) return std::nullopt;
  if (!yaml->IsMap()) {
    diagnostics.Error({path, split->yaml_first_line, 1}, "the front matter must be key: value lines",
                      "write e.g. title: \"Dine rettigheder\"");
    return std::nullopt;
  }
  PageSource page;
  page.lang = std::move(lang);
  page.key = std::move(key);
  page.path = std::move(path);
  page.body = std::string(split->body);
  page.body_first_line = split->body_first_line;
  ReadFields(YamlFields(*yaml, page.path, line_offset, diagnostics), page, diagnostics, line_offset);
  CheckUrlSegments(page, diagnostics);
  if (diagnostics.ErrorCount() > errors_before) return std::nullopt;
  return page;
}

}  // namespace enindgang
