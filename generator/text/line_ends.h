#pragma once
#include <string>
#include <string_view>

namespace enindgang::text {

// The text with every line end as LF: CR LF and a lone CR (old Mac files, some
// pasted text) each become one LF. cmark counts a lone CR as a line end; the
// YAML parser and our line counting count LF; normalising first makes every
// position in a message agree with what the author's editor shows.
std::string NormalizeLineEnds(std::string_view text);

}  // namespace enindgang::text
