// Our own reader: Debian 12's only C/C++ CSV library (libcsv, callbacks) reports no line or column for fields.
#include "load/csv_reader.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "load/utf8_check.h"
#include "text/utf8.h"

namespace enindgang {
namespace {

class CsvParser {
 public:
  CsvParser(std::string_view bytes, const std::string& path, Diagnostics& diagnostics)
      : bytes_(bytes), path_(path), diagnostics_(diagnostics) {}

  std::optional<CsvTable> Parse() {
    if (bytes_.starts_with("\xEF\xBB\xBF")) pos_ = 3;
    else if (RejectUtf16(bytes_, path_, diagnostics_)) return std::nullopt;  // its every field would be an error
    if (!CheckUtf8(bytes_, pos_, path_, diagnostics_) || !CheckControls(bytes_, pos_, path_, diagnostics_))
      failed_ = true;  // parse on, to report the rest too
    std::vector<CsvRow> records;
    while (!AtEnd()) {
      if (AtLineEnd()) {
        SkipLineEnd();
        continue;
      }
      auto record = ParseRecord();
      if (!record) return std::nullopt;  // an unterminated quote swallowed the rest of the file
      records.push_back(std::move(*record));
    }
    if (failed_) return std::nullopt;
    CsvTable table;
    if (!records.empty()) {
      table.header_row = std::move(records.front());
      for (const auto& field : table.header_row.fields) table.header.push_back(field.value);
      table.rows.assign(std::make_move_iterator(records.begin() + 1), std::make_move_iterator(records.end()));
    }
    return table;
  }

 private:
  bool AtEnd() const { return pos_ >= bytes_.size(); }
  char Peek(size_t ahead = 0) const { return pos_ + ahead < bytes_.size() ? bytes_[pos_ + ahead] : '\0'; }
  bool AtLineEnd() const { return Peek() == '\n' || (Peek() == '\r' && Peek(1) == '\n'); }
  bool AtFieldEnd() const { return AtEnd() || Peek() == ',' || AtLineEnd(); }

  void SkipLineEnd() {
    if (Peek() == '\r') ++pos_;
    ++pos_;
    ++line_;
    column_ = 1;
  }

  // Appends a byte to a field's value, up to one byte past kMaxCsvFieldBytes
  // (enough to tell that it is too long).
  static void Keep(std::string& out, char c) {
    if (out.size() <= kMaxCsvFieldBytes) out += c;
  }

  // Appends one byte to `out` and moves past it. Columns count code points,
  // that is, bytes that do not continue a UTF-8 sequence.
  void Take(std::string& out) {
    if (AtLineEnd()) {
      Keep(out, '\n');  // CRLF inside a quoted field is kept as LF
      SkipLineEnd();
      return;
    }
    char c = bytes_[pos_++];
    Keep(out, c);
    if ((static_cast<uint8_t>(c) & 0xC0) != 0x80) ++column_;
  }

  void Error(int column, std::string message, std::string hint) {
    ErrorAt(line_, column, std::move(message), std::move(hint));
  }

  void ErrorAt(int line, int column, std::string message, std::string hint) {
    diagnostics_.Error({path_, line, column}, std::move(message), std::move(hint));
    failed_ = true;
  }

  // Adds the record's `count`th field (from 1) to it, unless the record
  // already has kMaxCsvFields; reports a field too long and the first field
  // too many.
  void Add(CsvRow& row, CsvField field, size_t count) {
    if (field.value.size() > kMaxCsvFieldBytes) {
      ErrorAt(field.line, field.column, "field is longer than " + std::to_string(kMaxCsvFieldBytes) + " bytes",
              "shorten it; if it should end sooner, check its quotes (a quote inside a quoted field is written "
              "twice, \"\")");
    }
    if (count <= kMaxCsvFields) {
      row.fields.push_back(std::move(field));
    } else if (count == kMaxCsvFields + 1) {
      ErrorAt(field.line, field.column, "row has more than " + std::to_string(kMaxCsvFields) + " fields",
              "check for a missing line break or extra commas; a value that contains a comma must be in quotes");
    }
  }

  std::optional<CsvRow> ParseRecord() {
    CsvRow row{line_, {}};
    for (size_t count = 1;; ++count) {
      auto field = Peek() == '"' ? ParseQuoted() : ParseUnquoted();
      if (!field) return std::nullopt;
      Add(row, std::move(*field), count);
      if (Peek() == ',') {
        ++pos_;
        ++column_;
        continue;
      }
      if (!AtEnd()) SkipLineEnd();
      return row;
    }
  }

  std::optional<CsvField> ParseUnquoted() {
    CsvField field{{}, line_, column_};
    bool reported = false;
    while (!AtFieldEnd()) {
      if (Peek() == '"' && !reported) {
        reported = true;
        Error(column_, "quote inside an unquoted field",
              "put the whole field in quotes and write this quote twice (\"\")");
      }
      Take(field.value);
    }
    return field;
  }

  std::optional<CsvField> ParseQuoted() {
    CsvField field{{}, line_, column_, true};
    ++pos_;  // opening quote
    ++column_;
    while (true) {
      if (AtEnd()) {
        diagnostics_.Error({path_, field.line, field.column}, "unterminated quoted field",
                           "close the field with a quote; a quote inside it is written twice (\"\")");
        return std::nullopt;
      }
      if (Peek() == '"' && Peek(1) == '"') {
        Keep(field.value, '"');
        pos_ += 2;
        column_ += 2;
      } else if (Peek() == '"') {
        ++pos_;
        ++column_;
        break;
      } else {
        Take(field.value);
      }
    }
    if (!AtFieldEnd()) {
      Error(column_, "text after the closing quote of a field",
            "put the whole field in quotes and write each quote inside it twice (\"\")");
      while (!AtFieldEnd()) Take(field.value);
    }
    return field;
  }

  std::string_view bytes_;
  const std::string& path_;
  Diagnostics& diagnostics_;
  size_t pos_ = 0;
  int line_ = 1;
  int column_ = 1;
  bool failed_ = false;
};

}  // namespace

std::optional<CsvTable> ReadCsv(std::string_view bytes, const std::string& path, Diagnostics& diagnostics) {
  return CsvParser(bytes, path, diagnostics).Parse();
}

std::pair<int, int> PositionInField(const CsvField& field, size_t offset) {
  int line = field.line;
  int column = field.column + (field.quoted ? 1 : 0);
  for (size_t i = 0; i < offset && i < field.value.size(); ++i) {
    char c = field.value[i];
    if (c == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      column += (c == '"' && field.quoted) ? 2 : 1;
    }
  }
  return {line, column};
}

}  // namespace enindgang
