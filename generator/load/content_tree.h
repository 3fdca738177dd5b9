#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "load/page_source.h"
#include "load/site_config.h"

namespace enindgang {

// A file under content/ that is not Markdown (an image, a PDF); copied as is.
struct StaticFile {
  std::filesystem::path source;
  std::string output_path;  // relative to the output folder: "en/billeder/kort.png"
};

struct ContentTree {
  std::vector<PageSource> pages;  // sorted by language order, then key
  std::vector<StaticFile> static_files;
};

// Reads content/<lang>/**. Folders that are not a configured language are reported.
ContentTree LoadContentTree(const SiteConfig& config, Diagnostics& diagnostics);

}  // namespace enindgang
