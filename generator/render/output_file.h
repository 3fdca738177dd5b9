#pragma once
#include <string>
#include <vector>

#include "base/source_position.h"

namespace enindgang {

// What a file of the site is made from, so that when two sources would make
// one file, both can be named (write/output_paths.h).
struct OutputSource {
  SourcePosition where;  // empty path: the build itself (theme, sitemap, robots.txt, directory pages)
  std::string name;      // set for a municipality's row: its name ("Ærø")
};

// One file of the finished site, relative to the output folder.
struct OutputFile {
  std::string path;  // "en/rettigheder/index.html"
  std::string bytes;
  OutputSource source{};  // default: the build itself
};

using OutputFiles = std::vector<OutputFile>;

}  // namespace enindgang
