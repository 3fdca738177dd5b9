#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "text/dates.h"
#include "text/local_time.h"

namespace enindgang {

// What a build includes besides the published pages.
struct BuildOptions {
  bool include_drafts = false;
  bool include_future = false;      // also pages whose date or publish time has not come
  bool include_expired = false;     // also pages past their expires time
  std::optional<text::Date> today;  // for `date:`; the date in Copenhagen at `now_utc_ms` when unset
  // "Now" for publish and expires, ms since 1970 UTC. When unset: the start of
  // `today` in Copenhagen if `today` is set, else the system clock.
  std::optional<int64_t> now_utc_ms;
  // Build only what one municipality's web team needs (its local pages and the
  // embeddable snippet); empty for the whole site.
  std::string only_municipality;
};

// The day the build is made for: `today`, else Copenhagen's date now. Pages
// that depend on it (the hours table's coming holidays) say this date.
inline text::Date BuildDay(const BuildOptions& options) {
  if (options.today) return *options.today;
  return text::DateAt(options.now_utc_ms ? *options.now_utc_ms : text::NowUtcMs());
}

}  // namespace enindgang
