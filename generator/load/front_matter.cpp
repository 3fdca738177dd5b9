#include "load/front_matter.h"

namespace enindgang {
namespace {

bool IsFenceLine(std::string_view line) {
  if (line.ends_with('\r')) line.remove_suffix(1);
  while (line.ends_with(' ')) line.remove_suffix(1);
  return line == "---";
}

}  // namespace

std::optional<FrontMatterSplit> SplitFrontMatter(std::string_view text, const std::string& path,
                                                 Diagnostics& diagnostics) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  size_t first_end = text.find('\n');
  if (!IsFenceLine(text.substr(0, first_end))) {
    diagnostics.Error({path, 1, 1}, "the page has no front matter",
                      "start the file with a line ---, then title: \"…\", then another line ---");
    return std::nullopt;
  }
  if (first_end == std::string_view::npos) first_end = text.size();
  int line = 2;
  size_t start = first_end + 1;
  for (size_t pos = start; pos <= text.size();) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    if (IsFenceLine(text.substr(pos, end - pos))) {
      FrontMatterSplit split;
      split.yaml = std::string(text.substr(start, pos - start));
      split.body = end < text.size() ? text.substr(end + 1) : std::string_view{};
      split.yaml_first_line = 2;
      split.body_first_line = line + 1;
      return split;
    }
    pos = end + 1;
    ++line;
  }
  diagnostics.Error({path, 1, 1}, "the front matter is never closed",
                    "did you forget the closing --- line after the last front matter key?");
  return std::nullopt;
}

}  // namespace enindgang
