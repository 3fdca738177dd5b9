#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/diagnostics.h"
#include "build/recipe.h"
#include "build/served_site.h"
#include "load/page_source.h"

namespace enindgang {

// A successful full build that `serve` keeps in memory, so that an edit to the
// body of existing content files renders again only the pages made from them:
// milliseconds instead of seconds on a 10,000-page site (issue 7). Anything
// else that changes (a new or deleted file, site.yaml, the CSVs, the theme, a
// front matter field other pages show or that moves pages) needs a full build.
// What it serves is byte for byte what a full build would serve.
class IncrementalBuild {
 public:
  // `outcome` must be ok(); its pages and files move into served().
  IncrementalBuild(const BuildRequest& request, std::unique_ptr<BuildOutcome> outcome);
  IncrementalBuild(const IncrementalBuild&) = delete;
  IncrementalBuild& operator=(const IncrementalBuild&) = delete;
  ~IncrementalBuild();

  // The site as a full build of the files taken in so far would serve it.
  std::shared_ptr<const ServedSite> served() const { return served_; }

  struct Update {
    bool applied = false;  // false: only a full build can take the change in, for `reason`
    std::string reason;    // "the title of content/da/ord.md changed"
    size_t pages = 0;      // pages rendered again
  };

  // Takes in the files that changed, relative to the source folder as
  // FileWatcher reports them ("content/da/ord.md"). When applied,
  // `diagnostics` gets what a full build would report now; without errors
  // served() has the new pages, with errors it is unchanged and the failed
  // files are read again with the next change, as a full build would.
  Update Apply(const std::vector<std::string>& changed, Diagnostics& diagnostics);

 private:
  std::optional<std::string> WhyFullBuild(const std::string& path) const;
  std::optional<std::string> ClockMoved() const;
  const PageSource& Current(const PageSource& built) const;

  std::filesystem::path source_;
  bool follows_clock_ = false;             // no --today or --now: publish, expires and dates follow the clock
  int64_t next_scheduled_ms_ = INT64_MAX;  // the next publish: or expires: instant after the build
  bool whole_site_ = true;                 // false when building one municipality's bundle
  std::unique_ptr<BuildOutcome> outcome_;  // the Site, which the pages point into
  std::shared_ptr<const RenderContext> context_;
  std::shared_ptr<const ServedSite> served_;
  std::unordered_map<std::string, const PageSource*> built_;  // by path: "content/da/ord.md"
  std::set<std::string> content_files_;       // every file under content/ the build read, pages and static files
  std::map<std::string, PageSource> edited_;  // taken in since the build, by path
  std::set<std::string> failed_;              // changed files whose edit had errors, read again next time
  // What a full build of the files taken in so far would report, stage by stage.
  StageFindings findings_;
};

}  // namespace enindgang
