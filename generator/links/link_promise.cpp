// LinkPromise, declared in page_evidence.h: which of a site's pages are worth
// one of the 50 requests discover may make.
#include <array>
#include <string>

#include "links/folded_words.h"
#include "links/page_evidence.h"

namespace enindgang::links {
namespace {

struct Hint {
  std::string_view folded;
  int points;
};

// Words of the URL path and the link text, folded: "/boern-og-unge/" is
// "born og unge", "Få hjælp" is "fa hjalp".
constexpr std::array<Hint, 10> kHints = {{
    {"born", 3},
    {"barn", 2},
    {"unge", 3},
    {"ung", 2},
    {"dinside", 4},
    {"din side", 4},
    {"hjalp", 2},
    {"under 18", 2},
    {"radgivning", 1},  // rådgivning
    {"familie", 1},
}};
constexpr std::array<std::string_view, 4> kAwayHints = {"job", "stilling", "stillinger", "affald"};
constexpr int kAwayPenalty = 3;

// The path and query of a URL, without its scheme and host.
std::string_view PathOf(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return url;
  const size_t path = url.find('/', scheme + 3);
  return path == std::string_view::npos ? std::string_view() : url.substr(path);
}

}  // namespace

int LinkPromise(const PageLink& link) {
  // FoldForSearch turns "-", "/" and "_" into spaces, so the path splits into words as the text does.
  const FoldedWords words(std::string(PathOf(link.url)) + " " + link.text);
  int promise = 0;
  for (const Hint& hint : kHints)
    if (!words.Find(hint.folded).empty()) promise += hint.points;
  for (std::string_view away : kAwayHints)
    if (words.Count(away) > 0) promise -= kAwayPenalty;
  return std::max(promise, 0);
}

}  // namespace enindgang::links
