#include "load/page_source.h"

#include <algorithm>

#include "load/front_matter.h"
#include "load/front_matter_schema.h"
#include "load/utf8_check.h"
#include "text/line_ends.h"
#include "text/slug.h"
#include "text/utf8.h"

namespace enindgang {
namespace {

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
                                          std::string path, Diagnostics& reported) {
  ScopedDiagnostics diagnostics(reported);
  const std::string normalized =
      original.find('\r') == std::string_view::npos ? std::string() : text::NormalizeLineEnds(original);
  const std::string_view text = normalized.empty() ? original : normalized;
  if (RejectUtf16(text, path, diagnostics)) return std::nullopt;
  size_t bad = 0;
  if (text::FindInvalidUtf8(text, &bad)) {
    const auto [line, column] = text::LineAndColumnOf(text, bad);
    diagnostics.Error({path, line, column}, "the file is not valid UTF-8", "save it as UTF-8 in your editor");
    return std::nullopt;
  }
  // The body goes into the page as written: nothing in it that XML and HTML forbid.
  if (!CheckControls(text, 0, path, diagnostics)) return std::nullopt;
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
  ReadFrontMatter(YamlFields(*yaml, page.path, line_offset, diagnostics), page, diagnostics, line_offset);
  CheckUrlSegments(page, diagnostics);
  if (diagnostics.HasErrors()) return std::nullopt;
  return page;
}

}  // namespace enindgang

namespace enindgang {

int64_t Activity::OverAtUtcMs() const {
  if (ends) return ends->utc_ms;
  return text::LocalToUtcMs({text::AddDays(starts.local.date, 1)});
}

}  // namespace enindgang
