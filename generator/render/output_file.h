#pragma once
#include <string>
#include <vector>

namespace enindgang {

// One file of the finished site, relative to the output folder.
struct OutputFile {
  std::string path;  // "en/rettigheder/index.html"
  std::string bytes;
};

using OutputFiles = std::vector<OutputFile>;

}  // namespace enindgang
