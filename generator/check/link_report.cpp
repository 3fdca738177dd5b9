#include "check/link_report.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>
#include <tuple>

namespace enindgang {
namespace {

using nlohmann::json;

constexpr std::string_view kChainSeparator = " -> ";

int Badness(LinkClass link_class) {
  switch (link_class) {
    case LinkClass::kError:
      return 0;
    case LinkClass::kWarning:
      return 1;
    case LinkClass::kGood:
      return 2;
  }
  return 2;
}

// Written in the order a person reads it; read back by key.
nlohmann::ordered_json ToJson(const LinkResult& result) {
  return nlohmann::ordered_json{
      {"municipality_code", result.municipality_code},
      {"column", result.column},
      {"url", result.url},
      {"where", {{"path", result.where.path}, {"line", result.where.line}, {"column", result.where.column}}},
      {"class", LinkClassName(result.link_class)},
      {"http_status", result.http_status},
      {"final_url", result.final_url},
      {"redirects", result.redirects},
      {"seconds", result.seconds},
      {"reason", result.reason},
      {"primary_ip", result.primary_ip}};
}

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
std::string CsvField(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

std::string JoinChain(const std::vector<std::string>& redirects) {
  std::string joined;
  for (const std::string& step : redirects) {
    if (!joined.empty()) joined += kChainSeparator;
    joined += step;
  }
  return joined;
}

// Reads one result; a field of the wrong type is reported and the result dropped.
struct ResultReader {
  const std::string& path;
  Diagnostics& diagnostics;
  size_t index;
  bool ok = true;

  template <typename T>
  void Field(const json& object, const char* key, T& into) {
    auto found = object.find(key);
    if (found == object.end()) return;  // older reports may lack a field: keep the default
    try {
      into = found->get<T>();
    } catch (const json::exception&) {
      diagnostics.Error({path, 1, 1}, "results[" + std::to_string(index) + "]." + key + " has the wrong type",
                        "write the report again with `enindgang links --json`");
      ok = false;
    }
  }

  std::optional<LinkResult> Read(const json& object) {
    if (!object.is_object()) {
      diagnostics.Error({path, 1, 1}, "results[" + std::to_string(index) + "] is not an object",
                        "write the report again with `enindgang links --json`");
      return std::nullopt;
    }
    LinkResult result;
    std::string class_name = "good";
    Field(object, "municipality_code", result.municipality_code);
    Field(object, "column", result.column);
    Field(object, "url", result.url);
    Field(object, "class", class_name);
    Field(object, "http_status", result.http_status);
    Field(object, "final_url", result.final_url);
    Field(object, "redirects", result.redirects);
    Field(object, "seconds", result.seconds);
    Field(object, "reason", result.reason);
    Field(object, "primary_ip", result.primary_ip);
    if (auto where = object.find("where"); where != object.end() && where->is_object()) {
      Field(*where, "path", result.where.path);
      Field(*where, "line", result.where.line);
      Field(*where, "column", result.where.column);
    }
    auto link_class = ParseLinkClass(class_name);
    if (!link_class) {
      diagnostics.Error({path, 1, 1}, "results[" + std::to_string(index) + "].class is \"" + class_name + "\"",
                        "use good, warning or error");
      ok = false;
    } else {
      result.link_class = *link_class;
    }
    if (!ok) return std::nullopt;
    return result;
  }
};

}  // namespace

std::string_view LinkClassName(LinkClass link_class) {
  switch (link_class) {
    case LinkClass::kGood:
      return "good";
    case LinkClass::kWarning:
      return "warning";
    case LinkClass::kError:
      return "error";
  }
  return "good";
}

std::optional<LinkClass> ParseLinkClass(std::string_view name) {
  if (name == "good") return LinkClass::kGood;
  if (name == "warning") return LinkClass::kWarning;
  if (name == "error") return LinkClass::kError;
  return std::nullopt;
}

void SortWorstFirst(std::vector<LinkResult>& results) {
  std::stable_sort(results.begin(), results.end(), [](const LinkResult& a, const LinkResult& b) {
    return std::make_tuple(Badness(a.link_class), a.municipality_code, a.column) <
           std::make_tuple(Badness(b.link_class), b.municipality_code, b.column);
  });
}

void WriteLinkReportJson(const std::vector<LinkResult>& results, std::string_view generated, std::ostream& out) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const LinkResult& result : results) list.push_back(ToJson(result));
  nlohmann::ordered_json report{{"generated", generated}, {"results", list}};
  out << report.dump(2) << '\n';
}

void WriteLinkReportCsv(const std::vector<LinkResult>& results, std::ostream& out) {
  out << "municipality_code,column,url,class,http_status,final_url,redirects,seconds,reason,where,primary_ip\r\n";
  for (const LinkResult& r : results) {
    std::ostringstream seconds;
    seconds.precision(3);
    seconds << std::fixed << r.seconds;
    std::string where = r.where.path.empty()
                            ? ""
                            : r.where.path + ":" + std::to_string(r.where.line) + ":" + std::to_string(r.where.column);
    out << CsvField(r.municipality_code) << ',' << CsvField(r.column) << ',' << CsvField(r.url) << ','
        << LinkClassName(r.link_class) << ',' << r.http_status << ',' << CsvField(r.final_url) << ','
        << CsvField(JoinChain(r.redirects)) << ',' << seconds.str() << ',' << CsvField(r.reason) << ','
        << CsvField(where) << ',' << CsvField(r.primary_ip) << "\r\n";
  }
}

std::optional<std::vector<LinkResult>> ReadLinkReportJson(const std::string& path, Diagnostics& diagnostics) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics.Error({path, 0, 0}, "cannot read the links report",
                      "write it with `enindgang links --json " + path + "`");
    return std::nullopt;
  }
  json report = json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (report.is_discarded() || !report.is_object()) {
    diagnostics.Error({path, 1, 1}, "is not a links report (not a JSON object)",
                      "write it with `enindgang links --json " + path + "`");
    return std::nullopt;
  }
  auto results = report.find("results");
  if (results == report.end() || !results->is_array()) {
    diagnostics.Error({path, 1, 1}, "is not a links report (no \"results\" list)",
                      "write it with `enindgang links --json " + path + "`");
    return std::nullopt;
  }
  std::vector<LinkResult> read;
  bool ok = true;
  for (size_t i = 0; i < results->size(); ++i) {
    ResultReader reader{path, diagnostics, i};
    auto result = reader.Read((*results)[i]);
    if (result) read.push_back(std::move(*result));
    ok = ok && result.has_value();
  }
  if (!ok) return std::nullopt;
  return read;
}

}  // namespace enindgang
