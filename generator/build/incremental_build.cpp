#include "build/incremental_build.h"

#include "base/file_system.h"
#include "base/input_limits.h"
#include "check/check_stage.h"
#include "load/front_matter_schema.h"
#include "render/edited_pages.h"
#include "text/local_time.h"

namespace enindgang {
namespace fs = std::filesystem;

IncrementalBuild::IncrementalBuild(const BuildRequest& request, std::unique_ptr<BuildOutcome> outcome)
    : source_(request.source),
      follows_clock_(!request.options.today && !request.options.now_utc_ms),
      whole_site_(request.options.only_municipality.empty()),
      outcome_(std::move(outcome)),
      context_(outcome_->rendered.context),
      served_(std::make_shared<const ServedSite>(std::move(outcome_->rendered))),
      findings_(outcome_->findings) {
  outcome_->rendered = RenderedSite{};  // what served_ did not take: the pages' text for the checks
  const Site& site = *outcome_->site;
  int64_t now = site.options().now_utc_ms.value_or(0);
  for (const auto& page : site.content().pages) {
    built_[page.path] = &page;
    content_files_.insert(page.path);
    for (const auto& time : {page.publish, page.expires})
      if (time && time->utc_ms > now) next_scheduled_ms_ = std::min(next_scheduled_ms_, time->utc_ms);
  }
  for (const auto& file : site.content().static_files) content_files_.insert(RelativeName(file.source, source_));
}

IncrementalBuild::~IncrementalBuild() = default;

IncrementalBuild::Update IncrementalBuild::Apply(const std::vector<std::string>& changed, Diagnostics& diagnostics) {
  if (!whole_site_) return {false, "only a full build makes one municipality's bundle", 0};
  if (auto moved = ClockMoved()) return {false, *moved, 0};
  std::set<std::string> candidates(failed_.begin(), failed_.end());
  candidates.insert(changed.begin(), changed.end());

  // Load: parse the edited files again, as the full build did.
  struct Edit {
    const PageSource* built;
    std::optional<PageSource> now;
  };
  std::vector<Edit> edits;
  std::set<std::string> paths;  // of the edits
  Diagnostics parsed;
  for (const auto& path : candidates) {
    if (auto why = WhyFullBuild(path)) return {false, *why, 0};
    auto built = built_.find(path);
    if (built == built_.end()) continue;  // an editor's scratch file, gone again
    // Gone, over the limit or not a regular file: the full build says which.
    auto text = ReadBounded(source_ / path, kMarkdownPageLimit.bytes).bytes;
    if (!text) return {false, path + " was deleted, renamed or cannot be read", 0};
    const PageSource& was = *built->second;
    auto now = ParsePageSource(*text, was.lang, was.key, was.path, parsed);
    auto field = now ? ChangedStructure(Current(was), *now) : std::nullopt;
    if (field) return {false, "the " + *field + " of " + path + " changed", 0};
    edits.push_back({&was, std::move(now)});
    paths.insert(path);
  }
  // What a full build would report now (build/stage_findings): when a stage finds an
  // error, it stops there and the site served stays as it was.
  auto fail = [&](BuildStage stage, const std::vector<const Diagnostics*>& found, size_t pages) {
    const StageFindings would = findings_.Replacing(paths, found);
    for (const auto& d : would.Through(stage)) diagnostics.Add(d);
    failed_ = paths;
    return Update{true, "", pages};
  };
  if (parsed.HasErrors()) return fail(BuildStage::kLoad, {&parsed}, 0);
  for (const auto& edit : edits)
    if (!edit.now) return {false, edit.built->path + " is no longer a page", 0};

  // Render and check only the pages made from the edited files.
  std::vector<SourceEdit> sources;
  for (const auto& edit : edits) sources.push_back({edit.built, &*edit.now});
  Diagnostics rendered;
  auto pages = RenderEditedPages(*context_, sources, rendered);
  if (rendered.HasErrors()) return fail(BuildStage::kRender, {&parsed, &rendered}, pages.size());
  Diagnostics checked;
  CheckPages(outcome_->site->config(), pages, checked);
  if (checked.HasErrors()) return fail(BuildStage::kCheck, {&parsed, &rendered, &checked}, pages.size());

  findings_ = findings_.Replacing(paths, {&parsed, &rendered, &checked});
  for (const auto& d : findings_.Through(BuildStage::kCheck)) diagnostics.Add(d);
  for (auto& edit : edits) edited_.insert_or_assign(edit.built->path, std::move(*edit.now));
  failed_.clear();
  size_t count = pages.size();
  served_ = served_->With(std::move(pages));
  return {true, "", count};
}

// Why a changed path needs a full build; nullopt for the text of an existing
// page, and for a file under content/ that is gone and was not there at the
// full build either (an editor's temporary file: it changes nothing).
std::optional<std::string> IncrementalBuild::WhyFullBuild(const std::string& path) const {
  if (built_.count(path)) return std::nullopt;
  if (path.starts_with("(")) return "the file watcher lost count: " + path;  // "(too many changes to list)"
  if (!path.starts_with("content/")) return path + " changed";
  std::error_code ec;
  if (fs::exists(fs::symlink_status(source_ / path, ec)))
    return path + (content_files_.count(path) ? " changed" : " is new");
  auto below = content_files_.lower_bound(path + "/");  // a folder moved away takes its files along
  bool had_files = content_files_.count(path) || (below != content_files_.end() && below->starts_with(path + "/"));
  if (had_files) return path + " was deleted or renamed";
  return std::nullopt;
}

// Which pages are published depends on the date and on publish:/expires: times.
std::optional<std::string> IncrementalBuild::ClockMoved() const {
  if (!follows_clock_) return std::nullopt;
  int64_t now = text::NowUtcMs();
  if (now >= next_scheduled_ms_) return "a page's publish: or expires: time has come";
  if (text::DateAt(now) != outcome_->site->options().today) return "the date changed";
  return std::nullopt;
}

const PageSource& IncrementalBuild::Current(const PageSource& built) const {
  auto it = edited_.find(built.path);
  return it == edited_.end() ? built : it->second;
}

}  // namespace enindgang
