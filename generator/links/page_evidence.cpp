#include "links/page_evidence.h"

#include <tinyxml2.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "links/folded_words.h"
#include "links/http_client.h"
#include "links/page_text.h"
#include "links/phone_numbers.h"
#include "text/fold.h"

namespace enindgang::links {
namespace {

// A phrase, folded as text::FoldForSearch folds it, and what it is worth.
struct Signal {
  std::string_view folded;
  int points;
};

// What an Én indgang page says to a child. Each counts once, so that a long
// page does not outscore a short, clear one.
constexpr std::array<Signal, 10> kPageSignals = {{
    {"born", 2},  // børn
    {"unge", 2},
    {"barn", 1},
    {"born og unge", 3},  // børn og unge
    {"dinside", 4},
    {"din side", 4},
    {"under 18", 4},
    {"fa hjalp", 3},  // få hjælp
    {"ring til os", 3},
    {"skriv til os", 1},
}};

// A title that names children or help is the surest sign of all.
constexpr std::array<std::string_view, 6> kTitleWords = {"born", "unge", "barn", "dinside", "hjalp", "ung"};
// Pages that speak to children about something else: vacancies for adults.
constexpr std::array<std::string_view, 4> kJobWords = {"job", "stilling", "stillinger", "stillingsopslag"};
constexpr int kTitlePoints = 4;
constexpr int kJobPenalty = 6;
constexpr int kTelLinkPoints = 3;
constexpr int kPhoneInTextPoints = 1;
constexpr int kAddressedPoints = 2;  // "du" said at least kAddressedTimes times
constexpr int kAddressedTimes = 3;
constexpr int kThreshold = 10;

// At most this many <loc> from one sitemap: the protocol's own limit.
constexpr size_t kMaxSitemapEntries = 50000;

bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  return true;
}

std::string WithoutFragment(std::string url) {
  if (size_t hash = url.find('#'); hash != std::string::npos) url.erase(hash);
  return url;
}

void ScoreTitle(const std::string& title, PageEvidence& evidence) {
  const FoldedWords words(title);
  for (std::string_view word : kTitleWords) {
    if (words.Count(word) == 0) continue;
    evidence.score += kTitlePoints;
    evidence.matched.push_back("title: " + title);
    break;
  }
  for (std::string_view word : kJobWords) {
    if (words.Count(word) == 0) continue;
    evidence.score -= kJobPenalty;
    break;
  }
}

void ScoreText(const std::string& text, PageEvidence& evidence) {
  const FoldedWords words(text);
  for (const Signal& signal : kPageSignals) {
    std::string written = words.Find(signal.folded);
    if (written.empty()) continue;
    evidence.score += signal.points;
    evidence.matched.push_back(std::move(written));
  }
  if (words.Count("du") >= kAddressedTimes) {
    evidence.score += kAddressedPoints;
    evidence.matched.push_back(words.Find("du"));
  }
}

void ScorePhones(const PageText& page, PageEvidence& evidence) {
  bool tel_link = false;
  for (const RawLink& link : page.links) {
    if (!StartsWithNoCase(link.href, "tel:")) continue;
    tel_link = true;
    std::string phone = PhoneOfTelLink(link.href);
    if (std::find(evidence.phones.begin(), evidence.phones.end(), phone) == evidence.phones.end())
      evidence.phones.push_back(std::move(phone));
  }
  if (tel_link) evidence.score += kTelLinkPoints;
  const std::vector<std::string> in_text = PhoneNumbersIn(page.text);
  if (!in_text.empty()) evidence.score += kPhoneInTextPoints;
  for (const std::string& phone : in_text)
    if (std::find(evidence.phones.begin(), evidence.phones.end(), phone) == evidence.phones.end())
      evidence.phones.push_back(phone);
}

// An element's name without a namespace prefix ("sm:loc" → "loc").
std::string_view LocalName(const tinyxml2::XMLElement& element) {
  std::string_view name = element.Name();
  if (size_t colon = name.find(':'); colon != std::string_view::npos) name.remove_prefix(colon + 1);
  return name;
}

std::string LocOf(const tinyxml2::XMLElement& entry) {
  for (auto* child = entry.FirstChildElement(); child; child = child->NextSiblingElement()) {
    if (LocalName(*child) != "loc" || !child->GetText()) continue;
    return CollapseSpace(child->GetText());
  }
  return "";
}

}  // namespace

std::vector<PageLink> LinksOnPage(const std::string& html, const std::string& page_url) {
  std::vector<PageLink> links;
  for (RawLink& link : ReadPageText(html).links) {
    std::string url = ResolveUrl(page_url, link.href);
    if (url.empty()) continue;  // mailto:, tel:, javascript:, or not a URL at all
    links.push_back({WithoutFragment(std::move(url)), std::move(link.text)});
  }
  return links;
}

SitemapEntries ReadSitemap(const std::string& xml) {
  SitemapEntries entries;
  tinyxml2::XMLDocument document;
  if (document.Parse(xml.c_str(), xml.size()) != tinyxml2::XML_SUCCESS || !document.RootElement()) return entries;
  const tinyxml2::XMLElement& root = *document.RootElement();
  const bool index = LocalName(root) == "sitemapindex";
  std::vector<std::string>& into = index ? entries.sitemaps : entries.pages;
  for (auto* entry = root.FirstChildElement(); entry && into.size() < kMaxSitemapEntries;
       entry = entry->NextSiblingElement()) {
    if (LocalName(*entry) != (index ? "sitemap" : "url")) continue;
    if (std::string loc = LocOf(*entry); !loc.empty()) into.push_back(std::move(loc));
  }
  return entries;
}

PageEvidence ScorePage(const std::string& html) {
  const PageText page = ReadPageText(html);
  PageEvidence evidence;
  evidence.title = page.title.empty() ? page.first_h1 : page.title;
  ScoreTitle(evidence.title, evidence);
  ScoreText(page.text, evidence);
  ScorePhones(page, evidence);
  return evidence;
}

int ProposalThreshold() { return kThreshold; }

}  // namespace enindgang::links
