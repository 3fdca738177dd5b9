#pragma once
#include "base/diagnostics.h"
#include "render/html_postprocess.h"

namespace enindgang {

// cmark-gfm (Debian's 0.29.0.gfm.6 has no limit of its own) pads every row of
// a table to the width of its delimiter row, so rows of one character each
// cost a cell per column, and its table code is quadratic in the columns.
// Tables are therefore measured before cmark parses the body.
//
// A phone 320 px wide shows the site's tables (fixed layout, 0.5rem padding)
// with less than one letter per column beyond about ten columns.
constexpr int kMaxTableColumns = 10;
// Rows × columns, the header row included: some thousand rows of a few columns.
constexpr int kMaxTableCells = 10000;

// Reports every table of the body that is wider or larger than that, at its
// delimiter row's first column too many or at its first row too many, and
// every row of it (the header too) with more than kMaxTableColumns + 1
// unescaped pipes, which cmark-gfm splits into cells in quadratic time; false
// then. A linear scan of the lines: a delimiter row is a line of '|', '-',
// ':' and white space with at least one '|' or ':' (a line of '-' alone is a
// thematic break or heading underline), after any indentation and block quote
// markers, even inside a code block; the table it starts runs to the next
// blank line. It may see tables cmark would not make, never fewer.
bool CheckTableSizes(const PostProcessContext& context, Diagnostics& diagnostics);

}  // namespace enindgang
