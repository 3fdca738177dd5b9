#include "render/site_renderer.h"

#include <functional>
#include <set>
#include <memory>

#include "base/file_system.h"
#include "base/input_file.h"
#include "base/thread_pool.h"
#include "render/assets.h"
#include "render/activity_calendar.h"
#include "render/atom_feed.h"
#include "render/content_page.h"
#include "render/gzip.h"
#include "render/directory_pages.h"
#include "render/embed_snippet.h"
#include "render/nginx_config.h"
#include "render/nginx_lookup.h"
#include "render/local_page_renderer.h"
#include "render/not_found_page.h"
#include "render/sitemap.h"

namespace enindgang {
namespace {

void AddStaticFiles(const Site& site, OutputFiles& files, Diagnostics& diagnostics) {
  for (const auto& file : site.content().static_files) {
    if (site.held_back_files().count(file.output_path)) continue;
    // Lexical: the file may be a link, whose target must not name it.
    const SourcePosition where{file.source.lexically_relative(site.config().root).generic_string(), 0, 0};
    auto bytes = ReadInput(file.source, where, kStaticFileLimit, diagnostics);
    if (!bytes) continue;
    files.push_back({file.output_path, std::move(*bytes), {where, ""}});
  }
}

// A municipality's web team gets its local pages in every language, the
// assets they use and the embeddable snippet; nothing of the national site.
// The pages' links to the rest of the site were made for the bundle (SiteLinks).
void KeepOnlyMunicipality(const std::set<std::string>& bundled_pages, RenderedSite& result) {
  std::erase_if(result.pages, [&](const RenderedPage& page) { return !bundled_pages.count(page.output_path); });
  std::erase_if(result.files, [](const OutputFile& file) {
    return !file.path.starts_with("assets/") && !file.path.starts_with("embed/") && !IsRootIcon(file.path);
  });
}

using PageJob = std::function<RenderedPage(const TemplateSet&)>;

// Every HTML page of the site as an independent job, so they render in parallel.
std::vector<PageJob> PageJobs(const RenderShared& shared, Diagnostics& diagnostics) {
  const Site& site = shared.site;
  std::vector<PageJob> jobs;
  if (const std::string& only = site.options().only_municipality; !only.empty()) {
    for (const auto& local : site.local_pages())
      if (local.municipality->code == only)
        jobs.push_back([&](const TemplateSet& t) { return RenderLocalPage(shared, local, t, diagnostics); });
    return jobs;
  }
  for (const auto& page : site.pages())
    jobs.push_back([&](const TemplateSet& t) { return RenderContentPage(shared, page, t, diagnostics); });
  for (const auto& local : site.local_pages())
    jobs.push_back([&](const TemplateSet& t) { return RenderLocalPage(shared, local, t, diagnostics); });
  for (const auto& language : site.config().languages) {
    jobs.push_back([&](const TemplateSet& t) { return RenderNotFoundPage(shared, language, t, diagnostics); });
    jobs.push_back([&](const TemplateSet& t) { return RenderDirectoryPage(shared, language, t, diagnostics); });
    for (std::string letter : DirectoryLetters(site, language))
      jobs.push_back([&, letter](const TemplateSet& t) {
        return RenderNotFoundListPage(shared, language, letter, t, diagnostics);
      });
    jobs.push_back([&](const TemplateSet& t) { return RenderNotFoundListPage(shared, language, "", t, diagnostics); });
    for (const auto& place : site.directory().special_places)
      jobs.push_back(
          [&](const TemplateSet& t) { return RenderSpecialPlacePage(shared, place, language, t, diagnostics); });
    for (const auto& postcode : site.directory().postcodes)
      jobs.push_back(
          [&](const TemplateSet& t) { return RenderPostcodePage(shared, postcode, language, t, diagnostics); });
    for (const auto& choice : site.village_choices())
      jobs.push_back(
          [&](const TemplateSet& t) { return RenderVillageChoicePage(shared, choice, language, t, diagnostics); });
    for (const auto& m : site.directory().municipalities)
      jobs.push_back([&](const TemplateSet& t) { return RenderCodeShortcut(shared, m, language, t, diagnostics); });
  }
  return jobs;
}

using FileJob = std::function<OutputFile()>;

// The sitemap and the feeds, made while the pages render instead of after them
// on one core; they are the largest single jobs, so they are handed out first.
std::vector<FileJob> SiteFileJobs(const Site& site, const UiStrings& strings) {
  std::vector<FileJob> jobs;
  jobs.push_back([&] { return OutputFile{"sitemap.xml", RenderSitemap(site)}; });
  for (const auto& page : site.pages()) {
    if (page.is_section_index)
      jobs.push_back([&] {
        return OutputFile{AtomFeedUrl(page).substr(1), RenderAtomFeed(site, page), {{page.source->path, 0, 0}, ""}};
      });
    if (page.source->layout == Layout::kActivities)
      jobs.push_back([&] {
        return OutputFile{ActivityCalendarUrl(page).substr(1), RenderActivityCalendar(site, strings, page),
                          {{page.source->path, 0, 0}, ""}};
      });
  }
  return jobs;
}

}  // namespace

RenderedSite RenderSite(const Site& site, Diagnostics& reported) {
  ScopedDiagnostics diagnostics(reported);
  RenderedSite result;
  CheckPartials(site.theme(), diagnostics);
  auto context = std::make_shared<const RenderContext>(site, diagnostics);
  // A broken theme would fail every page the same way: report the theme only.
  if (diagnostics.HasErrors()) return result;
  const RenderShared& shared = context->shared();

  auto file_jobs = SiteFileJobs(site, shared.strings);
  auto jobs = PageJobs(shared, diagnostics);
  std::vector<OutputFile> site_files(file_jobs.size());
  result.pages.resize(jobs.size());
  ParallelFor(file_jobs.size() + jobs.size(), [&](size_t i, size_t worker) {
    if (i < file_jobs.size()) site_files[i] = file_jobs[i]();
    else result.pages[i - file_jobs.size()] = jobs[i - file_jobs.size()](context->templates(worker));
  });

  for (const auto& file : context->assets().files) {
    bool lookup = file.path.starts_with("assets/lookup") || file.path.starts_with("assets/fold");
    if (lookup) result.lookup_gzip_bytes += Gzip(file.bytes).size();
    if (file.path.starts_with("assets/villages-")) {
      ++result.village_files;
      result.village_max_gzip_bytes = std::max(result.village_max_gzip_bytes, Gzip(file.bytes).size());
    }
  }
  result.files = context->assets().files;
  result.files.push_back(std::move(site_files.front()));  // the sitemap
  result.files.push_back({"robots.txt", RenderRobots(site)});
  result.files.push_back({"nginx.conf", RenderNginxConfig(site)});
  auto routes = std::make_shared<NoScriptRoutes>();
  routes->lookup = BuildNoScriptLookup(site.lookup_index(), site.directory());
  std::vector<std::string> prefixes;
  for (const auto& language : site.config().languages) {
    prefixes.push_back(site.Prefix(language));
    routes->letters_by_prefix[site.Prefix(language)] = FirstLettersFor(DirectoryLetters(site, language));
  }
  result.files.push_back({"nginx-http.conf", RenderNginxLookupMaps(*routes, prefixes)});
  result.lookup_routes = std::move(routes);
  for (size_t i = 1; i < site_files.size(); ++i) result.files.push_back(std::move(site_files[i]));  // the feeds
  AddStaticFiles(site, result.files, diagnostics);
  if (const Municipality* only = site.directory().Find(site.options().only_municipality)) {
    for (auto& file : RenderEmbedSnippet(shared, *only, context->lookup_index(), context->templates(0), diagnostics))
      result.files.push_back(std::move(file));
    KeepOnlyMunicipality(shared.links.bundled_pages(), result);
  }
  result.context = std::move(context);
  return result;
}

}  // namespace enindgang
