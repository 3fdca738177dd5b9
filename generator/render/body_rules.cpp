#include "render/body_rules.h"

#include <cctype>
#include <set>

#include "load/addresses.h"
#include "render/html_escape.h"
#include "text/slug.h"
#include "text/utf8.h"

namespace enindgang {
namespace {

std::string SchemeOf(const std::string& href) {
  auto colon = href.find(':');
  if (colon == std::string::npos) return "";
  auto first_special = href.find_first_of("/?#");
  if (first_special != std::string::npos && first_special < colon) return "";
  std::string scheme = href.substr(0, colon);
  for (auto& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return scheme;
}

// "//host/…" goes to another site over the page's own scheme. Browsers read
// a backslash as a slash and drop leading spaces and controls and every tab
// and line break, so "/\host" and " /\t/host" (in raw HTML) go there too.
bool IsProtocolRelative(std::string_view href) {
  size_t slashes = 0;
  for (char c : href) {
    if (c == '\t' || c == '\n' || c == '\r' || (slashes == 0 && static_cast<unsigned char>(c) <= ' ')) continue;
    if (c != '/' && c != '\\') break;
    if (++slashes == 2) return true;
  }
  return false;
}

// Link texts that mean nothing when a screen reader lists the page's links (WCAG 2.4.4).
bool IsVague(const std::string& text) {
  static const std::set<std::string> vague = {
      "klik her",   "tryk her", "her",           "læs mere",    "mere",        "link",   "se her",  // da
      "click here", "here",     "read more",     "more",        "this link",   "link",              // en
      "тут",        "тут.",     "натисніть тут", "детальніше",  "читати далі", "більше",            // uk
      "هنا",        "اضغط هنا", "انقر هنا",      "اقرأ المزيد", "المزيد"};                          // ar
  std::string folded;
  for (char c : text) folded += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!folded.empty() && (folded.back() == ' ' || folded.back() == '.')) folded.pop_back();
  while (!folded.empty() && folded.front() == ' ') folded.erase(0, 1);
  return vague.count(folded) > 0;
}

}  // namespace

const std::vector<size_t>& BodyRules::LineStarts() const {
  if (line_starts_.empty()) {
    const std::string_view md = context_.markdown;
    line_starts_.push_back(0);
    for (size_t at = md.find('\n'); at != std::string_view::npos; at = md.find('\n', at + 1))
      line_starts_.push_back(at + 1);
  }
  return line_starts_;
}

SourcePosition BodyRules::PositionOf(BlockLines lines, const std::string& needle) const {
  std::string_view md = context_.markdown;
  const std::vector<size_t>& line_starts = LineStarts();
  size_t start = 0;
  if (lines.first > 1)
    start = static_cast<size_t>(lines.first) <= line_starts.size() ? line_starts[lines.first - 1] : md.size();
  for (int l = lines.first; l <= lines.last && start < md.size(); ++l) {
    size_t end = md.find('\n', start);
    std::string_view text = md.substr(start, end == std::string_view::npos ? md.npos : end - start);
    if (auto at = text.find(needle); !needle.empty() && at != std::string_view::npos) {
      return {context_.path, context_.body_first_line + l - 1, text::ColumnOf(text, at)};
    }
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return {context_.path, context_.body_first_line + lines.first - 1, 1};
}

std::string BodyRules::Heading(int level, const std::string& text, BlockLines lines) {
  // The page title is the only h1; the body's outline starts at ## and never skips a level.
  if (level == 1) {
    diagnostics_.Error(PositionOf(lines, "#"), "heading '" + text + "' is a level-1 heading",
                       "the page title is already the h1; start the body's headings at ##");
  } else if (level > previous_level_ + 1) {
    diagnostics_.Error(
        PositionOf(lines, "#"),
        "heading '" + text + "' skips from h" + std::to_string(previous_level_) + " to h" + std::to_string(level),
        "use " + std::string(previous_level_ + 1, '#') + " here, one more # than the heading above");
  }
  previous_level_ = level;
  std::string id = text::Slugify(text);
  if (id.empty()) id = "afsnit";
  headings_.push_back({level, UniqueId(id), text});
  return headings_.back().id;
}

std::string BodyRules::UniqueId(const std::string& id) {
  if (ids_.insert(id).second) return id;
  // The first of id-2, id-3, … not yet given. The suffixes below `next` are
  // all taken, so each heading costs O(1) on average, not one try per
  // heading of the same text before it.
  int& next = next_suffix_.try_emplace(id, 2).first->second;
  std::string unique;
  do unique = id + "-" + std::to_string(next++);
  while (!ids_.insert(unique).second);
  return unique;
}

void BodyRules::CheckLinkText(const std::string& text, BlockLines lines) {
  if (!IsVague(text)) return;
  diagnostics_.Error(PositionOf(lines, "[" + text), "link text '" + text + "' does not say where the link goes",
                     "write what the reader finds there, e.g. [Dine rettigheder](rettigheder.md)");
}

BodyRules::LinkTarget BodyRules::Link(const std::string& href, const std::string& text, BlockLines lines) {
  CheckLinkText(text, lines);
  std::string scheme = SchemeOf(href);
  if (href.empty()) {
    diagnostics_.Error(PositionOf(lines, "]("), "link has no address or an address that is not allowed",
                       "links may use https:, http:, mailto: or tel:, or point to another .md page");
    return {href};
  }
  if (scheme == "http" || scheme == "https" || (scheme.empty() && IsProtocolRelative(href))) return {href, true};
  if (scheme == "mailto" && !IsEmailAddress(std::string_view(href).substr(scheme.size() + 1))) {
    diagnostics_.Error(PositionOf(lines, href), "the mailto: link '" + href + "' is not one e-mail address",
                       "write [who it reaches](mailto:name@kommune.dk), without ?cc=, ?bcc= or ?subject=");
    return {href};
  }
  if (scheme == "mailto" || scheme == "tel") return {href};
  if (!scheme.empty()) {
    diagnostics_.Error(PositionOf(lines, href), "links with '" + scheme + ":' are not allowed",
                       "use https:, http:, mailto: or tel:");
    return {href};
  }
  std::string resolved = ResolveMarkdownLink(href, lines);
  return {context_.site_href ? context_.site_href(resolved) : resolved};
}

std::string BodyRules::ResolveMarkdownLink(const std::string& href, BlockLines lines) {
  auto hash = href.find('#');
  std::string target = href.substr(0, hash);
  std::string fragment = hash == std::string::npos ? "" : href.substr(hash);
  if (!target.ends_with(".md")) return href;  // a file or an absolute path: left as written
  auto url = context_.resolve_page(target);
  if (!url) {
    diagnostics_.Error(PositionOf(lines, href), "link to a page that does not exist: " + target,
                       "check the file name; links are relative to this file, e.g. ../ord.md");
    return href;
  }
  return *url + fragment;
}

std::string BodyRules::Image(const std::string& src, const std::string& alt, BlockLines lines) {
  if (alt.find_first_not_of(" \t") == std::string::npos) {
    diagnostics_.Error(PositionOf(lines, "!["), "image " + src + " has no alt text",
                       "describe what the image shows between the brackets: ![what it shows](" + src + ")");
  }
  // The site's Content-Security-Policy (img-src 'self') shows no image from
  // another address, and a "javascript:" or "data:" source is never an image file.
  if (!SchemeOf(src).empty() || IsProtocolRelative(src)) {
    diagnostics_.Error(PositionOf(lines, src), "image " + src + " is not a file of this site",
                       "the site shows only its own images: put the file beside the page and write "
                       "![what it shows](file.png)");
    return src;
  }
  return FileUrl(src, lines);
}

std::string BodyRules::FileUrl(const std::string& src, BlockLines lines) {
  const size_t end = src.find_first_of("?#");
  const std::string name = PercentDecodeAddress(src.substr(0, end));
  if (name.empty()) {
    diagnostics_.Error(PositionOf(lines, "]()"), "an image has no file name", "write ![what it shows](file.png)");
    return src;
  }
  auto url = context_.resolve_file(name);
  if (!url) {
    // Decoded, the name may hold bytes no terminal should be sent ("%00", "%1B"); then it is quoted as written.
    const bool printable =
        !text::FindInvalidUtf8(name, nullptr) && text::FindForbiddenControl(name) == std::string::npos;
    diagnostics_.Error(PositionOf(lines, name), "image " + (printable ? name : src) + " is not among the site's files",
                       "put the file beside the page or correct its name; the name is relative to the page's file, "
                       "e.g. billeder/kort.png");
    return src;
  }
  return PercentEncodeAddress(*url) + (end == std::string::npos ? "" : src.substr(end));
}

void ReportTooDeep(SourcePosition where, Diagnostics& diagnostics) {
  diagnostics.Error(std::move(where), "lists and quotes are nested inside each other too many levels deep",
                    "nest them only a few levels deep; a page for children rarely needs more than two");
}

}  // namespace enindgang
