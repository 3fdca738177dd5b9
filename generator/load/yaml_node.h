#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace enindgang {

// Where a YAML node starts, counted from 0 as libyaml counts (columns in
// characters); line -1 when unknown.
struct YamlMark {
  int line = -1;
  int column = -1;
  bool is_null() const { return line < 0; }
};

// A YAML value as the loaders read it: a scalar, a sequence or a mapping,
// with its position. A plain ~, null or nothing is null. Looking up a key or
// an index that is not there gives an undefined node, which is false.
class YamlNode {
 public:
  enum class Type { kUndefined, kNull, kScalar, kSequence, kMap };

  YamlNode() = default;
  YamlNode(Type type, YamlMark mark, std::string scalar = {}) : type_(type), mark_(mark), scalar_(std::move(scalar)) {}

  Type type() const { return type_; }
  explicit operator bool() const { return type_ != Type::kUndefined; }
  bool IsNull() const { return type_ == Type::kNull; }
  bool IsScalar() const { return type_ == Type::kScalar; }
  bool IsSequence() const { return type_ == Type::kSequence; }
  bool IsMap() const { return type_ == Type::kMap; }
  YamlMark Mark() const { return mark_; }

  // The text of a scalar ("" for anything else).
  const std::string& Scalar() const { return scalar_; }
  // Items of a sequence, entries of a mapping, in the order written.
  const std::vector<YamlNode>& items() const { return items_; }
  const std::vector<std::pair<YamlNode, YamlNode>>& entries() const { return entries_; }
  size_t size() const { return IsMap() ? entries_.size() : items_.size(); }

  const YamlNode& operator[](size_t index) const;
  // The value of a plain key (the first, if the key is repeated).
  const YamlNode& operator[](std::string_view key) const;

  // A scalar read as a type, or nullopt when it is not one. Integers are
  // decimal (or 0x…, 0o…); booleans are true/false, yes/no, on/off, y/n in
  // lower case, upper case or capitalised, as yaml-cpp read them before.
  std::optional<std::string> AsString() const;
  std::optional<long> AsInteger() const;
  std::optional<double> AsNumber() const;
  std::optional<bool> AsBoolean() const;

  void Add(YamlNode item) { items_.push_back(std::move(item)); }
  void Add(YamlNode key, YamlNode value) { entries_.emplace_back(std::move(key), std::move(value)); }

 private:
  Type type_ = Type::kUndefined;
  YamlMark mark_;
  std::string scalar_;
  std::vector<YamlNode> items_;
  std::vector<std::pair<YamlNode, YamlNode>> entries_;
};

struct YamlSyntaxError {
  YamlMark mark;
  std::string message;  // libyaml's words, e.g. "mapping values are not allowed in this context"
  std::string fix;      // how to fix it, when the problem is ours rather than libyaml's syntax
};

// Reads the first YAML document in `text` with libyaml. Aliases (*name) and
// nesting deeper than 64 levels are refused: no file of a site needs them,
// and both can make a small file expensive to read. libyaml refuses control
// characters in the text; a value that an escape ("\x01", "\0") gives one
// that pages and feeds cannot carry is refused here.
std::pair<std::optional<YamlNode>, YamlSyntaxError> LoadYaml(std::string_view text);

}  // namespace enindgang
