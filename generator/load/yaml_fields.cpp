#include "load/yaml_fields.h"

#include "base/suggest.h"
#include "load/utf8_check.h"

namespace enindgang {

YamlFields::YamlFields(const YAML::Node& map, std::string path, int line_offset, Diagnostics& diagnostics)
    : map_(map), path_(std::move(path)), line_offset_(line_offset), diagnostics_(diagnostics) {
  if (!map_.IsMap()) return;
  for (const auto& entry : map_) {
    if (entry.first.IsScalar()) entries_.emplace_back(entry.first.Scalar(), entry.second);
  }
}

const YAML::Node* YamlFields::Find(const std::string& key) const {
  for (const auto& [name, value] : entries_)
    if (name == key) return &value;
  return nullptr;
}

std::string KeyText(const YAML::Node& key) { return key.IsScalar() ? key.Scalar() : std::string(); }

SourcePosition YamlFields::PositionOf(const YAML::Node& node) const {
  auto mark = node.Mark();
  if (mark.is_null()) return {path_, line_offset_ + 1, 1};
  return {path_, mark.line + 1 + line_offset_, mark.column + 1};
}

SourcePosition YamlFields::PositionOfKey(const std::string& key) const {
  for (const auto& entry : map_) {
    if (KeyText(entry.first) == key) return PositionOf(entry.first);
  }
  return PositionOf(map_);
}

void YamlFields::RejectUnknownKeys(const std::vector<std::string>& known, const std::string& what) const {
  if (!map_.IsMap()) return;
  for (const auto& entry : map_) {
    auto key = KeyText(entry.first);
    if (key.empty()) {
      diagnostics_.Error(PositionOf(entry.first), "a " + what + " key must be a plain word",
                         "write key: value, e.g. title: \"Dine rettigheder\"");
      continue;
    }
    if (std::find(known.begin(), known.end(), key) != known.end()) continue;
    diagnostics_.Error(PositionOf(entry.first), "unknown " + what + " key '" + key + "'", DidYouMean(key, known));
  }
}

void YamlFields::WrongType(const std::string& key, const std::string& expected) const {
  diagnostics_.Error(PositionOf(*Find(key)), "'" + key + "' must be " + expected,
                     "write it like " + key + ": " + (expected == "a number" ? "3" : expected == "true or false" ? "true" : "\"text\""));
}

std::optional<std::string> YamlFields::String(const std::string& key) const {
  const YAML::Node* value = Find(key);
  if (!value) return std::nullopt;
  if (!value->IsScalar()) {
    WrongType(key, "text");
    return std::nullopt;
  }
  return value->as<std::string>();
}

std::optional<long> YamlFields::Integer(const std::string& key) const {
  const YAML::Node* value = Find(key);
  if (!value) return std::nullopt;
  try {
    if (value->IsScalar()) return value->as<long>();
  } catch (const YAML::Exception&) {
  }
  WrongType(key, "a number");
  return std::nullopt;
}

std::optional<bool> YamlFields::Boolean(const std::string& key) const {
  const YAML::Node* value = Find(key);
  if (!value) return std::nullopt;
  try {
    if (value->IsScalar()) return value->as<bool>();
  } catch (const YAML::Exception&) {
  }
  WrongType(key, "true or false");
  return std::nullopt;
}

std::optional<std::string> YamlFields::Choice(const std::string& key, const std::vector<std::string>& allowed) const {
  auto value = String(key);
  if (!value) return std::nullopt;
  if (std::find(allowed.begin(), allowed.end(), *value) != allowed.end()) return value;
  diagnostics_.Error(PositionOf(*Find(key)), "'" + key + "' cannot be '" + *value + "'", DidYouMean(*value, allowed));
  return std::nullopt;
}

std::optional<YAML::Node> ParseYaml(const std::string& text, const std::string& path, int line_offset,
                                    Diagnostics& diagnostics) {
  // yaml-cpp passes invalid UTF-8 on into the values, and so into the pages.
  if (!CheckUtf8(text, 0, path, diagnostics, line_offset)) return std::nullopt;
  try {
    return YAML::Load(text);
  } catch (const YAML::Exception& e) {
    diagnostics.Error({path, e.mark.line + 1 + line_offset, e.mark.column + 1}, "YAML syntax: " + e.msg,
                      "check indentation, colons and quotes on this line");
    return std::nullopt;
  }
}

}  // namespace enindgang
