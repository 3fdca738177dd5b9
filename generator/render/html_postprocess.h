#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"

namespace enindgang {

struct Heading {
  int level = 0;
  std::string id;
  std::string text;
};

struct PostProcessContext {
  std::string path;           // the Markdown file, for messages
  int body_first_line = 1;    // file line of the body's first line
  std::string_view markdown;  // the body, to find columns in
  // Turns a relative link to a Markdown file ("../ord.md") into that page's
  // URL in the reader's language; nullopt when no such page exists.
  std::function<std::optional<std::string>(const std::string& relative_md)> resolve_page;
  // Turns an image's file name, relative to the page's file ("kort.png",
  // "../billeder/kort.png"), into the URL the file is published at; nullopt
  // when the site has no such file.
  std::function<std::optional<std::string>(const std::string& relative)> resolve_file;
  // Where a link within the site ("/om/", a .md link's page URL) leads from
  // the page being built (SiteLinks::Href); unset: it is written as it is.
  std::function<std::string(const std::string& site_link)> site_href;
  std::string external_label;  // read by screen readers after external links
  bool right_to_left = false;  // numbers with spaces ("116 111") are isolated left-to-right
  bool raw_html = false;       // the HTML was made with raw HTML allowed (to place parse errors)
};

// Where an element starts in printed HTML, and its line in the HTML it was parsed from.
struct ElementLine {
  size_t offset = 0;
  int line = 0;
};

struct ProcessedHtml {
  std::string html;
  // Made from raw HTML: where each element starts in `html` and its line in
  // cmark's HTML, to place what the check stage finds (render/markdown maps
  // those lines to Markdown lines).
  std::vector<ElementLine> element_lines;
  std::vector<Heading> headings;
  std::string plain_text;  // block texts separated by newlines, for readability checks
};

// Makes cmark's HTML ready for a page: stable heading ids, Markdown links
// rewritten to page URLs, external links marked, link schemes limited, images
// without alt text or from elsewhere rejected (render/body_rules), table
// alignment as classes (the CSP forbids style attributes). Every problem is
// reported at its Markdown position. Pages use it for bodies with raw HTML,
// whose HTML must be parsed to be checked; every other body is written from
// cmark's tree by render/tree_html, which gives the same result.
ProcessedHtml PostProcessHtml(const std::string& html, const PostProcessContext& context, Diagnostics& diagnostics);

}  // namespace enindgang
