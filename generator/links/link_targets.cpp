#include "links/link_targets.h"

#include <cmark-gfm.h>

#include <map>

#include "load/csv_reader.h"

namespace enindgang::links {
namespace {

bool IsWebAddress(std::string_view value) { return value.starts_with("http://") || value.starts_with("https://"); }

int ColumnOf(const std::vector<std::string>& header, std::string_view name) {
  for (size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return static_cast<int>(i);
  }
  return -1;
}

std::string FieldAt(const CsvRow& row, int column) {
  return column >= 0 && column < static_cast<int>(row.fields.size()) ? row.fields[column].value : "";
}

void CollectLinks(const PageSource& page, std::vector<LinkTarget>& out) {
  cmark_node* document = cmark_parse_document(page.body.data(), page.body.size(), CMARK_OPT_DEFAULT);
  cmark_iter* iter = cmark_iter_new(document);
  for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_LINK) continue;
    const char* url = cmark_node_get_url(node);
    if (!url || !IsWebAddress(url)) continue;
    SourcePosition where{page.path, page.body_first_line + cmark_node_get_start_line(node) - 1,
                         cmark_node_get_start_column(node)};
    out.push_back({"", "", "content", url, where});
  }
  cmark_iter_free(iter);
  cmark_node_free(document);
}

}  // namespace

std::vector<LinkTarget> MunicipalityTargets(std::string_view csv_bytes, const std::string& path,
                                            const std::set<std::string>& only, Diagnostics& diagnostics) {
  std::vector<LinkTarget> targets;
  auto table = ReadCsv(csv_bytes, path, diagnostics);
  if (!table) return targets;
  int code = ColumnOf(table->header, "code");
  int name = ColumnOf(table->header, "name");
  for (const CsvRow& row : table->rows) {
    std::string row_code = FieldAt(row, code);
    if (!only.empty() && !only.contains(row_code)) continue;
    for (size_t column = 0; column < row.fields.size() && column < table->header.size(); ++column) {
      const CsvField& field = row.fields[column];
      if (!IsWebAddress(field.value)) continue;
      auto [line, col] = PositionInField(field, 0);
      targets.push_back({row_code, FieldAt(row, name), table->header[column], field.value, {path, line, col}});
    }
  }
  return targets;
}

std::vector<LinkTarget> ContentTargets(const ContentTree& content) {
  std::vector<LinkTarget> targets;
  for (const PageSource& page : content.pages) CollectLinks(page, targets);
  return targets;
}

}  // namespace enindgang::links
