#pragma once
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/diagnostics.h"
#include "load/content_tree.h"
#include "load/municipality_directory.h"
#include "load/site_config.h"
#include "load/theme_files.h"
#include "model/build_options.h"
#include "model/local_page.h"
#include "model/lookup_index.h"
#include "model/street_choices.h"
#include "model/page.h"

namespace enindgang {

// Everything the loaders read, before it is tied together.
struct SiteInput {
  SiteConfig config;
  ContentTree content;
  ThemeFiles theme;
  MunicipalityDirectory directory;
};

// Pages left out of this build and why ("draft", "future date").
struct HeldBack {
  std::string path;
  std::string reason;
};

// The whole site, resolved once: every page in every language with its URL and
// translations, the municipality pages, the menu. Immutable after BuildSite.
class Site {
 public:
  const SiteConfig& config() const { return input_.config; }
  const ThemeFiles& theme() const { return input_.theme; }
  const MunicipalityDirectory& directory() const { return input_.directory; }
  const ContentTree& content() const { return input_.content; }
  const BuildOptions& options() const { return options_; }

  const std::deque<Page>& pages() const { return pages_; }
  const std::vector<LocalPage>& local_pages() const { return local_pages_; }
  const std::vector<HeldBack>& held_back() const { return held_back_; }
  // Static files (by output path) held back with the only pages that use them.
  const std::set<std::string>& held_back_files() const { return held_back_files_; }
  // The search index for the "find your municipality" lookup.
  const LookupIndex& lookup_index() const { return lookup_index_; }
  // From the street register: split postcodes' streets, villages of several municipalities.
  const std::map<std::string, PostcodeStreets>& postcode_streets() const { return postcode_streets_; }
  const std::vector<VillageChoice>& village_choices() const { return village_choices_; }

  // The page with this key in this language (a translation or a fallback).
  const Page* Find(const std::string& lang, const std::string& key) const;
  // The page of a language with this role (its own or a fallback); nullptr when none is published.
  const Page* FindRole(const std::string& lang, Role role) const;
  // Top-level pages of a language in menu order.
  const std::vector<const Page*>& Menu(const std::string& lang) const;
  // The local page of a municipality in a language.
  const LocalPage* FindLocal(const std::string& lang, const std::string& code) const;
  // URL prefix of a language: "" for the default language, "/en" otherwise.
  std::string Prefix(const Language& language) const;
  // Whether a file under content/ is published at this output path ("en/billeder/kort.png").
  bool HasFile(const std::string& output_path) const { return file_paths_.count(output_path) > 0; }

  friend std::optional<Site> BuildSite(SiteInput input, const BuildOptions& options, Diagnostics& diagnostics);

 private:
  SiteInput input_;
  BuildOptions options_;
  std::unordered_set<std::string> file_paths_;  // output paths of content/'s other files, looked up for every image
  std::deque<Page> pages_;                      // deque: pointers to pages stay valid as pages are added
  // Per language, then by key: looked up for every link on every page, so hashed and without a pair to build.
  std::map<std::string, std::unordered_map<std::string, const Page*>> by_key_;
  std::map<std::pair<std::string, Role>, const Page*> by_role_;
  std::vector<LocalPage> local_pages_;
  std::map<std::pair<std::string, std::string>, size_t> local_by_code_;
  std::vector<HeldBack> held_back_;
  std::set<std::string> held_back_files_;
  LookupIndex lookup_index_;
  std::map<std::string, PostcodeStreets> postcode_streets_;
  std::vector<VillageChoice> village_choices_;
  std::map<std::string, std::vector<const Page*>> menus_;  // per language, computed once
};

std::optional<Site> BuildSite(SiteInput input, const BuildOptions& options, Diagnostics& diagnostics);

// Prefix of local text files: content/<lang>/kommuner/<code>.md.
inline constexpr std::string_view kLocalTextFolder = "kommuner/";

}  // namespace enindgang
