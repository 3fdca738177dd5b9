#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "model/site.h"

namespace enindgang {

// The load stage: site.yaml, then content/, the theme, the municipality
// directory with its postcodes, special places and street register.
// `theme` overrides site.yaml's theme: when not empty (--theme).
// nullopt when a part the site cannot do without failed; why is in `diagnostics`.
std::optional<SiteInput> LoadSiteInput(const std::filesystem::path& source, const std::string& theme,
                                       Diagnostics& diagnostics);

}  // namespace enindgang
