#pragma once
#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"

namespace enindgang {

// Reads typed values out of a YAML mapping and reports, with positions, every
// key it does not know and every value of the wrong type.
class YamlFields {
 public:
  // `line_offset` is added to yaml-cpp's line numbers (front matter starts
  // after the opening `---`).
  YamlFields(const YAML::Node& map, std::string path, int line_offset, Diagnostics& diagnostics);

  SourcePosition PositionOf(const YAML::Node& node) const;
  SourcePosition PositionOfKey(const std::string& key) const;
  const YAML::Node& node() const { return map_; }

  // Reports every key not in `known`, suggesting the closest known one.
  void RejectUnknownKeys(const std::vector<std::string>& known, const std::string& what) const;

  std::optional<std::string> String(const std::string& key) const;
  std::optional<long> Integer(const std::string& key) const;
  std::optional<bool> Boolean(const std::string& key) const;
  // One of `allowed`; anything else is reported.
  std::optional<std::string> Choice(const std::string& key, const std::vector<std::string>& allowed) const;

 private:
  void WrongType(const std::string& key, const std::string& expected) const;
  // The value of `key` (the first, if a key is repeated), or nullptr.
  const YAML::Node* Find(const std::string& key) const;

  YAML::Node map_;
  // The mapping's plain keys and values, read once: yaml-cpp's own lookup
  // converts every key to a string on every call.
  std::vector<std::pair<std::string, YAML::Node>> entries_;
  std::string path_;
  int line_offset_;
  Diagnostics& diagnostics_;
};

// The text of a mapping key, or "" when the key is not plain text (YAML allows
// lists and mappings as keys; no setting of ours is one).
std::string KeyText(const YAML::Node& key);

// Parses YAML text; on a syntax error reports it with its position and returns nullopt.
std::optional<YAML::Node> ParseYaml(const std::string& text, const std::string& path, int line_offset,
                                    Diagnostics& diagnostics);

}  // namespace enindgang
