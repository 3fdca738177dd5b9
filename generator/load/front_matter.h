#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostics.h"

namespace enindgang {

// A Markdown file cut into its YAML front matter and its body.
struct FrontMatterSplit {
  std::string yaml;
  std::string_view body;
  int yaml_first_line = 2;  // file line of the first YAML line
  int body_first_line = 1;  // file line of the first body line
};

// Expects the file to open with a line `---` and to close the front matter
// with another `---` line. Reports what is missing otherwise.
std::optional<FrontMatterSplit> SplitFrontMatter(std::string_view text, const std::string& path,
                                                 Diagnostics& diagnostics);

}  // namespace enindgang
