#include "render/table_limits.h"

#include <algorithm>
#include <string>

#include "text/utf8.h"

namespace enindgang {
namespace {

// White space as cmark-gfm's table scanner knows it, and the end of a CRLF line.
bool IsTableSpace(char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r'; }

// The cells of a delimiter row ("|---|:-:|"), 0 if `content` is none: the
// pipe-separated pieces that hold a '-'. *past_limit is the offset of the
// first '-' of the cell after kMaxTableColumns, if there is one.
int DelimiterCells(std::string_view content, size_t* past_limit) {
  if (content.empty() || std::string_view("|:-").find(content.front()) == std::string_view::npos) return 0;
  if (content.find_first_of("|:") == std::string_view::npos) return 0;
  int cells = 0;
  bool in_cell = false;  // a '-' seen since the last pipe
  for (size_t i = 0; i < content.size(); ++i) {
    const char c = content[i];
    if (c == '|') {
      in_cell = false;
    } else if (c == '-') {
      if (!in_cell && ++cells == kMaxTableColumns + 1) *past_limit = i;
      in_cell = true;
    } else if (c != ':' && !IsTableSpace(c)) {
      return 0;
    }
  }
  return cells;
}

// Whether a row line splits into more cells than a table may have: more than
// kMaxTableColumns + 1 pipes that no backslash escapes (cmark-gfm splits a
// row into every cell before it drops those past the table's width, and
// takes time quadratic in them). *past_limit is the offset of the first pipe
// too many.
bool TooManyCells(std::string_view content, size_t* past_limit) {
  int pipes = 0;
  size_t backslashes = 0;  // just before the character
  for (size_t i = 0; i < content.size(); ++i) {
    if (content[i] == '|' && backslashes % 2 == 0 && ++pipes == kMaxTableColumns + 2) {
      *past_limit = i;
      return true;
    }
    backslashes = content[i] == '\\' ? backslashes + 1 : 0;
  }
  return false;
}

class TableScan {
 public:
  TableScan(const PostProcessContext& context, Diagnostics& diagnostics)
      : context_(context), diagnostics_(diagnostics) {}

  void Line(std::string_view text) {
    ++line_;
    // Indentation and block quote markers come before a table's rows.
    const size_t start = std::min(text.find_first_not_of(" \t>"), text.size());
    const std::string_view content = text.substr(start);
    const std::string_view above = previous_, above_content = previous_content_;
    previous_ = text;
    previous_content_ = content;
    if (std::all_of(content.begin(), content.end(), IsTableSpace)) {
      columns_ = 0;  // a blank line ends a table
      return;
    }
    size_t past_limit = 0;
    const int cells = DelimiterCells(content, &past_limit);
    if (cells > kMaxTableColumns) return ReportColumns(text, start + past_limit, cells);
    if (columns_ == 0 && cells > 0) {
      first_line_ = std::max(1, line_ - 1);  // the header row, above the delimiter row
      cells_ = 0;
      reported_ = false;
      CheckRow(line_ - 1, above, above_content);
    }
    // A delimiter row inside a table may start a wider one there, so the widest counts.
    columns_ = std::max(columns_, cells);
    if (columns_ == 0) return;
    CheckRow(line_, text, content);
    if (reported_) return;
    cells_ += columns_;
    if (cells_ > kMaxTableCells) ReportCells(text, start);
  }

  bool ok() const { return ok_; }

 private:
  SourcePosition At(std::string_view text, size_t offset, int line = 0) const {
    return {context_.path, context_.body_first_line + (line ? line : line_) - 1, text::ColumnOf(text, offset)};
  }

  // `content` is the part of `text`, line `line` of the body, after its indentation and quote markers.
  void CheckRow(int line, std::string_view text, std::string_view content) {
    size_t past_limit = 0;
    if (!TooManyCells(content, &past_limit)) return;
    diagnostics_.Error(At(text, text.size() - content.size() + past_limit, line),
                       "table row has more than " + std::to_string(kMaxTableColumns) + " cells",
                       "split the table, or write \\| for a | that belongs to the text of a cell");
    ok_ = false;
  }

  void ReportColumns(std::string_view text, size_t offset, int cells) {
    diagnostics_.Error(At(text, offset),
                       "table has " + std::to_string(cells) + " columns, more than the " +
                           std::to_string(kMaxTableColumns) + " a phone can show",
                       "split it into narrower tables, or write each row as a short list");
    ok_ = false;
  }

  void ReportCells(std::string_view text, size_t offset) {
    diagnostics_.Error(At(text, offset),
                       "the table that starts on line " + std::to_string(context_.body_first_line + first_line_ - 1) +
                           " has more than " + std::to_string(kMaxTableCells) + " cells (rows × columns) here",
                       "split it into smaller tables, each under its own heading");
    reported_ = true;
    ok_ = false;
  }

  const PostProcessContext& context_;
  Diagnostics& diagnostics_;
  int line_ = 0;                                  // within the body
  std::string_view previous_, previous_content_;  // the line above, and its part after indentation and quote markers
  int columns_ = 0;                               // of the table the line belongs to; 0 outside a table
  int first_line_ = 0;                            // of that table
  long cells_ = 0;                                // of that table so far
  bool reported_ = false;                         // that table is too large and has been reported
  bool ok_ = true;
};

}  // namespace

bool CheckTableSizes(const PostProcessContext& context, Diagnostics& diagnostics) {
  TableScan scan(context, diagnostics);
  const std::string_view markdown = context.markdown;
  for (size_t start = 0; start < markdown.size();) {
    const size_t end = std::min(markdown.find('\n', start), markdown.size());
    scan.Line(markdown.substr(start, end - start));
    start = end + 1;
  }
  return scan.ok();
}

}  // namespace enindgang
