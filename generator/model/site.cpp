#include "model/site.h"

#include <algorithm>
#include <set>

#include "base/file_system.h"
#include "model/held_back_files.h"
#include "model/page_urls.h"
#include "base/suggest.h"
#include "text/slug.h"

namespace enindgang {
namespace {

bool IsLocalText(const PageSource& source) { return source.key.starts_with(kLocalTextFolder); }

std::optional<std::string> HoldBackReason(const PageSource& source, const BuildOptions& options) {
  if (source.draft && !options.include_drafts) return "draft";
  if (source.date && options.today && !options.include_future) {
    const auto& d = *source.date;
    const auto& t = *options.today;
    if (std::tie(d.year, d.month, d.day) > std::tie(t.year, t.month, t.day)) return "dated in the future";
  }
  const auto& now = options.now_utc_ms;
  if (source.publish && now && !options.include_future && *now < source.publish->utc_ms)
    return "scheduled for " + text::FormatLocalDateTime(source.publish->local);
  if (source.expires && now && !options.include_expired && *now >= source.expires->utc_ms)
    return "expired " + text::FormatLocalDateTime(source.expires->local);
  return std::nullopt;
}

}  // namespace

const Page* Site::Find(const std::string& lang, const std::string& key) const {
  auto language = by_key_.find(lang);
  if (language == by_key_.end()) return nullptr;
  auto it = language->second.find(key);
  return it == language->second.end() ? nullptr : it->second;
}

const Page* Site::FindRole(const std::string& lang, Role role) const {
  auto it = by_role_.find({lang, role});
  return it == by_role_.end() ? nullptr : it->second;
}

// Pages found by role must be one per language: which one a link meant would be a guess.
static void RejectSharedRoles(const std::map<std::pair<std::string, std::string>, const PageSource*>& sources,
                              Diagnostics& diagnostics) {
  std::map<std::pair<std::string, Role>, const PageSource*> first;
  for (const auto& [lang_key, source] : sources) {
    if (!source->role) continue;
    auto [it, added] = first.emplace(std::pair{source->lang, *source->role}, source);
    if (added) continue;
    diagnostics.Error(source->role_position,
                      "role '" + ToString(*source->role) + "' is given to " + it->second->path + " already",
                      "give each role to one page per language: remove role: here or there");
  }
}

// A translation has the role of its page in the default language unless it says
// its own, so a translator who leaves out role: does not unlink the page. A
// language's own page of a role wins over the default language's shown in its place.
static void IndexRoles(const std::deque<Page>& pages,
                       const std::map<std::pair<std::string, std::string>, const PageSource*>& sources,
                       const std::string& default_language,
                       std::map<std::pair<std::string, Role>, const Page*>& by_role) {
  for (const auto& page : pages) {
    std::optional<Role> role = page.source->role;
    if (auto original = sources.find({default_language, page.key}); !role && original != sources.end())
      role = original->second->role;
    if (!role) continue;
    auto [it, added] = by_role.emplace(std::pair{page.language->code, *role}, &page);
    if (!added && it->second->is_fallback && !page.is_fallback) it->second = &page;
  }
}

const std::vector<const Page*>& Site::Menu(const std::string& lang) const {
  static const std::vector<const Page*> kNone;
  auto it = menus_.find(lang);
  return it == menus_.end() ? kNone : it->second;
}

// Top-level pages and top-level sections with order > 0, in menu order.
static std::vector<const Page*> MenuOf(const std::deque<Page>& pages, const std::string& lang) {
  std::vector<const Page*> menu;
  for (const auto& page : pages) {
    if (page.language->code != lang) continue;
    if (!page.section.empty() && !page.is_section_index) continue;  // pages inside a section are listed there
    if (page.key == "index" || page.source->order <= 0) continue;
    if (page.section.find('/') != std::string::npos) continue;
    menu.push_back(&page);
  }
  std::stable_sort(menu.begin(), menu.end(), [](auto* a, auto* b) { return a->source->order < b->source->order; });
  return menu;
}

const LocalPage* Site::FindLocal(const std::string& lang, const std::string& code) const {
  auto it = local_by_code_.find({lang, code});
  return it == local_by_code_.end() ? nullptr : &local_pages_[it->second];
}

std::string Site::Prefix(const Language& language) const {
  return language.code == config().default_language().code ? "" : "/" + language.code;
}

std::optional<Site> BuildSite(SiteInput input, const BuildOptions& options, Diagnostics& reported) {
  ScopedDiagnostics diagnostics(reported);
  Site site;
  site.input_ = std::move(input);
  site.options_ = options;
  for (const auto& file : site.input_.content.static_files) site.file_paths_.insert(file.output_path);

  // Published sources per (language, key); local texts are kept apart.
  std::map<std::pair<std::string, std::string>, const PageSource*> sources;
  std::map<std::pair<std::string, std::string>, const PageSource*> local_texts;
  std::set<std::string> keys;
  std::vector<const PageSource*> held_sources, published_sources;
  for (const auto& source : site.input_.content.pages) {
    if (auto reason = HoldBackReason(source, options)) {
      site.held_back_.push_back({source.path, *reason});
      held_sources.push_back(&source);
      continue;
    }
    published_sources.push_back(&source);
    if (IsLocalText(source)) {
      local_texts[{source.lang, source.key.substr(kLocalTextFolder.size())}] = &source;
      continue;
    }
    sources[{source.lang, source.key}] = &source;
    keys.insert(source.key);
  }

  const auto& config = site.config();
  site.held_back_files_ =
      FilesOnlyHeldBackPagesUse(site.input_.content.static_files, held_sources, published_sources, config.root);
  for (const auto& file : site.input_.content.static_files)
    if (site.held_back_files_.count(file.output_path))
      site.held_back_.push_back({RelativeName(file.source, config.root), "used only by held-back pages"});
  const std::string& default_lang = config.default_language().code;
  for (const auto& key : keys) {
    for (const auto& language : config.languages) {
      auto own = sources.find({language.code, key});
      const PageSource* source = own != sources.end() ? own->second : nullptr;
      bool fallback = false;
      if (!source) {
        auto danish = sources.find({default_lang, key});
        if (danish == sources.end()) continue;  // no page to fall back to
        source = danish->second;
        fallback = true;
      }
      Page page;
      page.source = source;
      page.language = &language;
      page.key = key;
      page.is_fallback = fallback;
      page.url = PageUrl(site.Prefix(language), key, source->slug);
      page.output_path = OutputPathOf(page.url);
      page.section = SectionOf(key);
      page.is_section_index = key == "_index" || key.ends_with("/_index");
      site.pages_.push_back(std::move(page));
      site.by_key_[language.code][key] = &site.pages_.back();
    }
  }
  LinkTranslations(site.pages_);
  RejectSharedRoles(sources, diagnostics);
  IndexRoles(site.pages_, sources, config.default_language().code, site.by_role_);
  for (const auto& language : config.languages) site.menus_[language.code] = MenuOf(site.pages_, language.code);
  LinkSectionChildren(site.pages_);
  // Two sources of one URL are found once every file of the site is known: write/output_paths.h.

  for (const auto& municipality : site.directory().municipalities) {
    const std::string slug = text::Slugify(municipality.name);
    if (slug.empty()) {
      diagnostics.Error(municipality.where,
                        "the name '" + municipality.name +
                            "' gives an empty URL: none of it "
                            "is a letter or digit, even written in Latin letters",
                        "write the municipality's name in letters (DAGI's short name, e.g. Høje-Taastrup)");
    }
    for (const auto& language : config.languages) {
      LocalPage local;
      local.municipality = &municipality;
      local.language = &language;
      local.slug = slug;
      local.url = site.Prefix(language) + "/kommune/" + local.slug + "/";
      local.output_path = OutputPathOf(local.url);
      auto text = local_texts.find({language.code, municipality.code});
      if (text == local_texts.end()) text = local_texts.find({default_lang, municipality.code});
      if (text != local_texts.end()) local.local_text = text->second;
      site.local_by_code_[{language.code, municipality.code}] = site.local_pages_.size();
      site.local_pages_.push_back(std::move(local));
    }
  }
  site.lookup_index_ = BuildLookupIndex(site.directory());
  site.postcode_streets_ = BuildPostcodeStreets(site.directory());
  site.village_choices_ = BuildVillageChoices(site.lookup_index_, site.directory());
  if (!options.only_municipality.empty() && !site.directory().Find(options.only_municipality)) {
    std::vector<std::string> codes;
    for (const auto& m : site.directory().municipalities) codes.push_back(m.code);
    diagnostics.Error({config.municipalities_csv, 0, 0},
                      "--municipality " + options.only_municipality + ": no municipality has that code",
                      DidYouMean(options.only_municipality, codes) + " (the code column of " +
                          config.municipalities_csv + ", e.g. 751 for Aarhus)");
  }
  for (const auto& [key, source] : local_texts) {
    if (!site.directory().Find(key.second)) {
      diagnostics.Error({source->path, 1, 1}, "no municipality has code " + key.second,
                        "name the file after a code in municipalities.csv, e.g. kommuner/751.md");
    }
  }
  if (diagnostics.HasErrors()) return std::nullopt;
  return site;
}

}  // namespace enindgang
