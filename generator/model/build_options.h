#pragma once
#include <optional>

#include "text/dates.h"

namespace enindgang {

// What a build includes besides the published pages.
struct BuildOptions {
  bool include_drafts = false;
  bool include_future = false;
  std::optional<text::Date> today;  // "now" for scheduling; the system date when unset
};

}  // namespace enindgang
