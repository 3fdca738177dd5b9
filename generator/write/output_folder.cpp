#include "write/output_folder.h"

#include <string>

#include "base/file_system.h"

namespace enindgang {

void RejectOutputInsideSources(const std::filesystem::path& out, const SiteConfig& config, Diagnostics& diagnostics) {
  for (const std::string& input : {std::string("content"), config.themes_dir, std::string("templates"),
                                   std::string("assets"), std::string("i18n")}) {
    if (!IsWithin(out, config.root / input)) continue;
    diagnostics.Error({out.generic_string(), 0, 0}, "the output folder is inside " + input + "/, which the build reads",
                      "choose a folder outside the site's sources with --out (the default is public/)");
    return;
  }
}

}  // namespace enindgang
