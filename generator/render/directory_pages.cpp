#include "render/directory_pages.h"

#include <algorithm>
#include <optional>

#include "model/lookup_routes.h"
#include "render/street_choice_data.h"
#include "render/layout_data.h"
#include "text/alphabetic_index.h"
#include "text/collation.h"

namespace enindgang {
namespace {
using kainjow::mustache::data;

std::string PostcodeUrl(const Site& site, const Language& language, const std::string& code) {
  return site.Prefix(language) + "/postnummer/" + code + "/";
}

std::string OutputOf(const std::string& url) { return url.substr(1) + "index.html"; }

// Links to the local pages of `codes`, in the alphabetical order of the page's language.
data MunicipalityLinks(const Site& site, const Language& language, const std::vector<std::string>& codes) {
  std::vector<const LocalPage*> locals;
  for (const auto& code : codes)
    if (const LocalPage* local = site.FindLocal(language.code, code)) locals.push_back(local);
  text::SortCollatedBy(locals, language.locale, [](const LocalPage* p) { return p->municipality->name; });
  data list{data::type::list};
  for (const LocalPage* local : locals) {
    data item;
    item.set("name", local->municipality->name);
    item.set("url", local->url);
    list.push_back(item);
  }
  return list;
}

// {name, url} of a municipality's local page in the language (index into the directory); none without one.
std::optional<data> MunicipalityLink(const Site& site, const Language& language, int m) {
  const Municipality& municipality = site.directory().municipalities[static_cast<size_t>(m)];
  const LocalPage* local = site.FindLocal(language.code, municipality.code);
  if (!local) return std::nullopt;
  data item;
  item.set("name", municipality.name);
  item.set("url", local->url);
  return item;
}

// Links to the local pages of `municipalities` (indices into the directory), in that order.
data MunicipalityLinksInOrder(const Site& site, const Language& language, const std::vector<int>& municipalities) {
  data list{data::type::list};
  for (int m : municipalities)
    if (auto item = MunicipalityLink(site, language, m)) list.push_back(*item);
  return list;
}

// Everything a generated page shares: the layout data for its URL, the same URL in every language.
template <typename UrlOf>
TemplateScope GeneratedPageData(const RenderShared& shared, const Language& language, const std::string& title,
                                UrlOf url_of) {
  PageMeta meta;
  meta.language = &language;
  meta.title = title;
  meta.url = url_of(language);
  meta.canonical_url = meta.url;
  for (const auto& other : shared.site.config().languages) {
    meta.switcher.push_back({&other, url_of(other)});
    meta.alternates.push_back({&other, url_of(other)});
  }
  return LayoutData(shared, meta);
}

RenderedPage Finish(TemplateScope& root, const std::string& template_name, const std::string& url,
                    const Language& language, const std::string& source, const TemplateSet& templates,
                    Diagnostics& diagnostics) {
  root.set("content", templates.Render(template_name, root, diagnostics));
  RenderedPage page;
  page.output_path = OutputOf(url);
  page.html = templates.Render("base", root, diagnostics);
  page.source_path = source;
  page.lang = language.code;
  page.audience = Audience::kChild;
  return page;
}

}  // namespace

std::string DirectoryUrl(const Site& site, const Language& language) { return site.Prefix(language) + "/kommune/"; }

static std::vector<text::LetterGroup> DirectoryGroups(const Site& site, const Language& language) {
  std::vector<std::string> names;
  for (const auto& m : site.directory().municipalities) names.push_back(m.name);
  return text::GroupAlphabetically(names, language.locale);
}

std::vector<std::string> DirectoryLetters(const Site& site, const Language& language) {
  std::vector<std::string> labels;
  for (const auto& group : DirectoryGroups(site, language)) labels.push_back(group.label);
  return labels;
}

std::string NotFoundUrl(const Site& site, const Language& language, const std::string& list_letter) {
  const std::string slug = LetterSlug(list_letter);
  return DirectoryUrl(site, language) + "ikke-fundet/" + (slug.empty() ? "" : slug + "/");
}

RenderedPage RenderNotFoundListPage(const RenderShared& shared, const Language& language,
                                    const std::string& list_letter, const TemplateSet& templates,
                                    Diagnostics& diagnostics) {
  const Site& site = shared.site;
  const auto& municipalities = site.directory().municipalities;
  data letters{data::type::list};
  for (const auto& group : DirectoryGroups(site, language)) {
    data letter;
    letter.set("letter", group.label);
    letter.set("url", DirectoryUrl(site, language) + "#bogstav-" + group.label);
    letters.push_back(letter);
  }
  // Another language may file the names under other letters (English has no Å): its page without a letter then.
  auto url_of = [&](const Language& l) {
    const auto others = DirectoryLetters(site, l);
    const bool has = std::find(others.begin(), others.end(), list_letter) != others.end();
    return NotFoundUrl(site, l, has ? list_letter : "");
  };
  TemplateScope root =
      GeneratedPageData(shared, language, shared.strings.Format(language, "name_not_found_title"), url_of);
  for (const auto& group : DirectoryGroups(site, language)) {
    if (group.label != list_letter) continue;
    std::vector<std::string> codes;
    for (size_t i : group.items) codes.push_back(municipalities[i].code);
    data shown;
    shown.set("letter", group.label);
    shown.set("letter_heading", shared.strings.Format(language, "name_not_found_letter", {{"letter", group.label}}));
    shown.set("municipalities", MunicipalityLinks(site, language, codes));
    root.set("letter", shown);
  }
  root.set("letters", letters);
  root.set("directory_url", DirectoryUrl(site, language));
  root.set("noindex", true);
  return Finish(root, "lookup_not_found", url_of(language), language, site.config().municipalities_csv, templates,
                diagnostics);
}

RenderedPage RenderSpecialPlacePage(const RenderShared& shared, const SpecialPlace& place, const Language& language,
                                    const TemplateSet& templates, Diagnostics& diagnostics) {
  const Site& site = shared.site;
  auto url_of = [&](const Language& l) { return site.Prefix(l) + "/" + SpecialPlaceRoute(place); };
  const std::string title_key = "special_" + place.slug + "_title", text_key = "special_" + place.slug + "_text";
  const std::string title = shared.strings.Format(language, title_key),
                    text = shared.strings.Format(language, text_key);
  if (language.code == site.config().languages.front().code && (title == title_key || text == text_key)) {
    diagnostics.Error(place.where, "special place '" + place.slug + "' has no text",
                      "add " + title_key + " and " + text_key + " to the theme's i18n/" + language.code + ".yaml");
  }
  TemplateScope root = GeneratedPageData(shared, language, title, url_of);
  root.set("text", text);
  if (!place.nearest_code.empty()) {
    root.set("nearest", MunicipalityLinks(site, language, {place.nearest_code}));
    root.set("nearest_text", shared.strings.Format(language, "special_nearest"));
  }
  root.set("directory_url", DirectoryUrl(site, language));
  return Finish(root, "special_place", url_of(language), language, place.where.path, templates, diagnostics);
}

RenderedPage RenderDirectoryPage(const RenderShared& shared, const Language& language, const TemplateSet& templates,
                                 Diagnostics& diagnostics) {
  const Site& site = shared.site;
  const auto& municipalities = site.directory().municipalities;
  data letters{data::type::list};
  for (const auto& group : DirectoryGroups(site, language)) {
    std::vector<std::string> codes;
    for (size_t i : group.items) codes.push_back(municipalities[i].code);
    data letter;
    letter.set("letter", group.label);
    letter.set("municipalities", MunicipalityLinks(site, language, codes));
    letters.push_back(letter);
  }
  // Postcodes by their first digit ("8000–8999"), each group folded in a <details>, so that
  // the page stays short on a phone and any postcode is two taps from the index.
  data groups{data::type::list};
  std::map<char, data> by_digit;
  for (const auto& postcode : site.directory().postcodes) {
    data item;
    item.set("code", postcode.code);
    item.set("town", postcode.town);
    item.set("url", PostcodeUrl(site, language, postcode.code));
    auto [group, added] = by_digit.try_emplace(postcode.code[0], data{data::type::list});
    group->second.push_back(item);
  }
  for (auto& [digit, items] : by_digit) {
    data group;
    group.set("digit", std::string(1, digit));
    group.set("label", std::string(1, digit) + "000–" + std::string(1, digit) + "999");
    group.set("postcodes", items);
    groups.push_back(group);
  }
  auto url_of = [&](const Language& l) { return DirectoryUrl(site, l); };
  TemplateScope root = GeneratedPageData(shared, language, shared.strings.Format(language, "directory_title"), url_of);
  root.set("letters", letters);
  root.set("postcode_groups", groups);
  root.set("count", std::to_string(municipalities.size()));
  root.set("directory_intro", shared.strings.Format(language, "directory_intro",
                                                    {{"count", static_cast<int64_t>(municipalities.size())}}));
  return Finish(root, "directory", url_of(language), language, site.config().municipalities_csv, templates,
                diagnostics);
}

RenderedPage RenderPostcodePage(const RenderShared& shared, const Postcode& postcode, const Language& language,
                                const TemplateSet& templates, Diagnostics& diagnostics) {
  const Site& site = shared.site;
  auto url_of = [&](const Language& l) { return PostcodeUrl(site, l, postcode.code); };
  std::map<std::string, text::MessageArg> args = {{"code", postcode.code}, {"town", postcode.town}};
  TemplateScope root =
      GeneratedPageData(shared, language, shared.strings.Format(language, "postcode_title", args), url_of);
  root.set("choice_text", shared.strings.Format(language, "postcode_choice", args));
  auto streets = site.postcode_streets().find(postcode.code);
  if (streets == site.postcode_streets().end()) {
    root.set("municipalities", MunicipalityLinks(site, language, postcode.municipality_codes));
  } else {
    // The municipality with the most streets first, as the street register counts them.
    root.set("municipalities", MunicipalityLinksInOrder(site, language, streets->second.order));
    root.set("streets", StreetChoiceData(shared, postcode, streets->second, language));
  }
  root.set("directory_url", DirectoryUrl(site, language));
  if (postcode.municipality_codes.size() == 1) {
    if (const LocalPage* local = site.FindLocal(language.code, postcode.municipality_codes.front())) {
      root.set("refresh_url", local->url);
      root.set("canonical", site.config().base_url + local->url);
      root.set("noindex", true);
    }
  }
  return Finish(root, "postcode", url_of(language), language, postcode.where.path, templates, diagnostics);
}

RenderedPage RenderVillageChoicePage(const RenderShared& shared, const VillageChoice& choice, const Language& language,
                                     const TemplateSet& templates, Diagnostics& diagnostics) {
  const Site& site = shared.site;
  const LookupEntry& village = site.lookup_index().villages[static_cast<size_t>(choice.village)];
  auto url_of = [&](const Language& l) { return site.Prefix(l) + "/" + VillageChoiceRoute(village); };
  std::map<std::string, text::MessageArg> args = {{"name", village.label}};
  TemplateScope root =
      GeneratedPageData(shared, language, shared.strings.Format(language, "village_title", args), url_of);
  root.set("choice_text", shared.strings.Format(language, "village_choice", args));
  // In the alphabetical order of the page's language, as every other list of municipalities.
  auto places = choice.places;
  text::SortCollatedBy(places, language.locale, [&](const auto& place) {
    return site.directory().municipalities[static_cast<size_t>(place.first)].name;
  });
  data list{data::type::list};
  for (const auto& [m, postcodes] : places) {
    auto item = MunicipalityLink(site, language, m);
    if (!item) continue;
    std::string named;
    for (const auto& postcode : postcodes) named += (named.empty() ? "" : ", ") + postcode;
    if (!named.empty())
      item->set("postcodes", shared.strings.Format(language, "village_postcodes", {{"postcodes", LeftToRight(named)}}));
    list.push_back(*item);
  }
  root.set("municipalities", list);
  root.set("directory_url", DirectoryUrl(site, language));
  return Finish(root, "village", url_of(language), language, site.config().street_register + "/villages.csv", templates,
                diagnostics);
}

RenderedPage RenderCodeShortcut(const RenderShared& shared, const Municipality& municipality, const Language& language,
                                const TemplateSet& templates, Diagnostics& diagnostics) {
  const Site& site = shared.site;
  auto url_of = [&](const Language& l) { return site.Prefix(l) + "/kommune/" + municipality.code + "/"; };
  const LocalPage* local = site.FindLocal(language.code, municipality.code);
  TemplateScope root = GeneratedPageData(shared, language, municipality.name, url_of);
  root.set("municipalities", MunicipalityLinks(site, language, {municipality.code}));
  root.set("refresh_url", local->url);
  root.set("canonical", site.config().base_url + local->url);
  root.set("noindex", true);
  root.set("directory_url", DirectoryUrl(site, language));
  return Finish(root, "postcode", url_of(language), language, municipality.where.path, templates, diagnostics);
}

}  // namespace enindgang
