#include "load/yaml_fields.h"

#include <algorithm>

#include "base/suggest.h"
#include "load/utf8_check.h"

namespace enindgang {

YamlFields::YamlFields(const YamlNode& map, std::string path, int line_offset, Diagnostics& diagnostics)
    : map_(map), path_(std::move(path)), line_offset_(line_offset), diagnostics_(diagnostics) {}

std::string KeyText(const YamlNode& key) { return key.IsScalar() ? key.Scalar() : std::string(); }

SourcePosition YamlFields::PositionOf(const YamlNode& node) const {
  auto mark = node.Mark();
  if (mark.is_null()) return {path_, line_offset_ + 1, 1};
  return {path_, mark.line + 1 + line_offset_, mark.column + 1};
}

SourcePosition YamlFields::PositionOfKey(const std::string& key) const {
  for (const auto& entry : map_.entries()) {
    if (KeyText(entry.first) == key) return PositionOf(entry.first);
  }
  return PositionOf(map_);
}

void YamlFields::RejectUnknownKeys(const std::vector<std::string>& known, const std::string& what) const {
  if (!map_.IsMap()) return;
  for (const auto& entry : map_.entries()) {
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
  diagnostics_.Error(PositionOf(map_[key]), "'" + key + "' must be " + expected,
                     "write it like " + key + ": " +
                         (expected == "a number"        ? "3"
                          : expected == "true or false" ? "true"
                                                        : "\"text\""));
}

std::optional<std::string> YamlFields::String(const std::string& key) const {
  const YamlNode& value = map_[key];
  if (!value) return std::nullopt;
  if (!value.IsScalar()) {
    WrongType(key, "text");
    return std::nullopt;
  }
  return value.Scalar();
}

std::optional<long> YamlFields::Integer(const std::string& key, long min, long max) const {
  const YamlNode& value = map_[key];
  if (!value) return std::nullopt;
  auto number = value.AsInteger();
  if (!number) {
    WrongType(key, "a number");
    return std::nullopt;
  }
  if (*number >= min && *number <= max) return number;
  diagnostics_.Error(
      PositionOf(value),
      "'" + key + "' is " + value.Scalar() + ", outside " + std::to_string(min) + " to " + std::to_string(max),
      "write a whole number from " + std::to_string(min) + " to " + std::to_string(max));
  return std::nullopt;
}

std::optional<bool> YamlFields::Boolean(const std::string& key) const {
  const YamlNode& value = map_[key];
  if (!value) return std::nullopt;
  if (auto boolean = value.AsBoolean()) return boolean;
  WrongType(key, "true or false");
  return std::nullopt;
}

std::optional<std::string> YamlFields::Choice(const std::string& key, const std::vector<std::string>& allowed) const {
  auto value = String(key);
  if (!value) return std::nullopt;
  if (std::find(allowed.begin(), allowed.end(), *value) != allowed.end()) return value;
  diagnostics_.Error(PositionOf(map_[key]), "'" + key + "' cannot be '" + *value + "'", DidYouMean(*value, allowed));
  return std::nullopt;
}

std::optional<YamlNode> ParseYaml(const std::string& text, const std::string& path, int line_offset,
                                  Diagnostics& diagnostics) {
  // Our own message for invalid UTF-8, with the position of the first bad byte.
  if (!CheckUtf8(text, 0, path, diagnostics, line_offset)) return std::nullopt;
  if (!CheckControls(text, 0, path, diagnostics, line_offset)) return std::nullopt;
  auto [yaml, error] = LoadYaml(text);
  if (!yaml) {
    SourcePosition where{path, error.mark.line + 1 + line_offset, error.mark.column + 1};
    if (error.fix.empty())
      diagnostics.Error(where, "YAML syntax: " + error.message, "check indentation, colons and quotes on this line");
    else diagnostics.Error(where, error.message, error.fix);
  }
  return std::move(yaml);
}

}  // namespace enindgang
