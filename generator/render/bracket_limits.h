#pragma once
#include "base/diagnostics.h"
#include "render/html_postprocess.h"

namespace enindgang {

// cmark-gfm 0.29.0.gfm.6 walks back over every open bracket of a paragraph
// when a link closes ("![[]()" repeated: 50,000 took 31 s, fixed upstream
// later), so the brackets of a paragraph are counted before cmark parses it.
// A paragraph for children holds a few links, not a thousand.
constexpr int kMaxBracketsPerParagraph = 1000;

// Reports every run of non-blank lines (a paragraph, or any other block) with
// more than kMaxBracketsPerParagraph '[' at the first one too many, code or
// not; false then. A linear scan.
bool CheckBracketCounts(const PostProcessContext& context, Diagnostics& diagnostics);

}  // namespace enindgang
