#include "render/bracket_limits.h"

#include <algorithm>
#include <string>

#include "text/utf8.h"

namespace enindgang {

bool CheckBracketCounts(const PostProcessContext& context, Diagnostics& diagnostics) {
  const std::string_view markdown = context.markdown;
  bool ok = true;
  int line = 0, brackets = 0;
  for (size_t start = 0; start < markdown.size();) {
    const size_t end = std::min(markdown.find('\n', start), markdown.size());
    const std::string_view text = markdown.substr(start, end - start);
    start = end + 1;
    ++line;
    if (text.find_first_not_of(" \t\r>") == std::string_view::npos) {
      brackets = 0;  // a blank line ends a paragraph
      continue;
    }
    for (size_t at = text.find('['); at != std::string_view::npos; at = text.find('[', at + 1)) {
      if (++brackets != kMaxBracketsPerParagraph + 1) continue;
      diagnostics.Error({context.path, context.body_first_line + line - 1, text::ColumnOf(text, at)},
                        "more than " + std::to_string(kMaxBracketsPerParagraph) +
                            " '[' in one paragraph (every link and image opens one)",
                        "split it into shorter paragraphs");
      ok = false;
    }
  }
  return ok;
}

}  // namespace enindgang
