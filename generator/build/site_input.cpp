#include "build/site_input.h"

#include <utility>

#include "load/content_tree.h"
#include "load/municipality_directory.h"
#include "load/site_config.h"
#include "load/theme_files.h"

namespace enindgang {
namespace {

// The CSVs beside the directory; each may be optional (site.yaml says which).
bool LoadDirectoryExtras(const std::filesystem::path& source, const SiteConfig& config,
                         MunicipalityDirectory& directory, Diagnostics& diagnostics) {
  auto places = LoadSpecialPlaces(source / config.special_places_csv, config.special_places_csv,
                                  config.special_places_required, diagnostics);
  if (!places) return false;
  directory.special_places = std::move(*places);
  auto streets = LoadStreetRegister(source / config.street_register, config.street_register,
                                    config.street_register_required, diagnostics);
  if (!streets) return false;
  directory.street_register = std::move(*streets);
  return true;
}

}  // namespace

std::optional<SiteInput> LoadSiteInput(const std::filesystem::path& source, const std::string& theme,
                                       Diagnostics& diagnostics) {
  auto config = LoadSiteConfig(source, diagnostics);
  if (!config) return std::nullopt;
  if (!theme.empty()) {
    config->theme = theme;
    config->theme_where = {"--theme", 0, 0};
  }
  SiteInput input;
  input.content = LoadContentTree(*config, diagnostics);
  auto theme_files = LoadThemeFiles(*config, diagnostics);
  auto directory = LoadMunicipalityDirectory(source / config->municipalities_csv, source / config->postcodes_csv,
                                             source.string(), diagnostics);
  if (!theme_files || !directory) return std::nullopt;
  if (!LoadDirectoryExtras(source, *config, *directory, diagnostics)) return std::nullopt;
  input.config = std::move(*config);
  input.theme = std::move(*theme_files);
  input.directory = std::move(*directory);
  return input;
}

}  // namespace enindgang
