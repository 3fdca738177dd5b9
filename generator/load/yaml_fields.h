#pragma once
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "load/yaml_node.h"

namespace enindgang {

// Reads typed values out of a YAML mapping and reports, with positions, every
// key it does not know and every value of the wrong type.
class YamlFields {
 public:
  // `line_offset` is added to libyaml's line numbers (front matter starts
  // after the opening `---`). `map` must outlive the fields.
  YamlFields(const YamlNode& map, std::string path, int line_offset, Diagnostics& diagnostics);

  SourcePosition PositionOf(const YamlNode& node) const;
  SourcePosition PositionOfKey(const std::string& key) const;
  const YamlNode& node() const { return map_; }

  // Reports every key not in `known`, suggesting the closest known one.
  void RejectUnknownKeys(const std::vector<std::string>& known, const std::string& what) const;

  std::optional<std::string> String(const std::string& key) const;
  // A whole number from `min` to `max`; a number outside them is reported (a
  // value cut to fit an int would be read as another number).
  std::optional<long> Integer(const std::string& key, long min, long max) const;
  std::optional<bool> Boolean(const std::string& key) const;
  // One of `allowed`; anything else is reported.
  std::optional<std::string> Choice(const std::string& key, const std::vector<std::string>& allowed) const;

 private:
  void WrongType(const std::string& key, const std::string& expected) const;

  const YamlNode& map_;
  std::string path_;
  int line_offset_;
  Diagnostics& diagnostics_;
};

// The text of a mapping key, or "" when the key is not plain text (YAML allows
// lists and mappings as keys; no setting of ours is one).
std::string KeyText(const YamlNode& key);

// Parses YAML text; on a syntax error reports it with its position and returns nullopt.
std::optional<YamlNode> ParseYaml(const std::string& text, const std::string& path, int line_offset,
                                  Diagnostics& diagnostics);

}  // namespace enindgang
