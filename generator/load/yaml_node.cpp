#include "load/yaml_node.h"

#include <yaml.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <memory>
#include <unordered_set>

#include <unicode/utf8.h>

#include "text/utf8.h"

namespace enindgang {
namespace {

constexpr size_t kMaxNesting = 64;

const YamlNode& Undefined() {
  static const YamlNode undefined;
  return undefined;
}

YamlMark MarkOf(const yaml_mark_t& mark) { return {static_cast<int>(mark.line), static_cast<int>(mark.column)}; }

bool IsNullText(std::string_view text) {
  return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

YamlNode ScalarNode(const yaml_event_t& event) {
  std::string text(reinterpret_cast<const char*>(event.data.scalar.value), event.data.scalar.length);
  // Only a plain, untagged scalar can be null: "" and "null" in quotes are text.
  const bool plain = event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE && event.data.scalar.tag == nullptr;
  if (plain && IsNullText(text)) return YamlNode(YamlNode::Type::kNull, MarkOf(event.start_mark));
  return YamlNode(YamlNode::Type::kScalar, MarkOf(event.start_mark), std::move(text));
}

// Builds the tree from libyaml's events: a stack of open collections, each
// mapping remembering the key that waits for its value.
class TreeBuilder {
 public:
  // False, with `error` set, when the event cannot be taken.
  bool Take(const yaml_event_t& event, YamlSyntaxError& error) {
    switch (event.type) {
      case YAML_SCALAR_EVENT: {
        YamlNode scalar = ScalarNode(event);
        if (!CheckControls(scalar, error)) return false;
        return Place(std::move(scalar), error);
      }
      case YAML_SEQUENCE_START_EVENT:
        return Open(YamlNode(YamlNode::Type::kSequence, MarkOf(event.start_mark)), event, error);
      case YAML_MAPPING_START_EVENT:
        return Open(YamlNode(YamlNode::Type::kMap, MarkOf(event.start_mark)), event, error);
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT: {
        YamlNode done = std::move(open_.back().node);
        open_.pop_back();
        return Place(std::move(done), error);
      }
      case YAML_ALIAS_EVENT:
        error = {MarkOf(event.start_mark), "aliases (*name) are not supported; write the value out", {}};
        return false;
      default:
        return true;
    }
  }

  bool done() const { return root_.has_value(); }
  std::optional<YamlNode> TakeRoot() { return std::move(root_); }

 private:
  struct Open {
    YamlNode node;
    std::optional<YamlNode> key;           // a mapping's key waiting for its value
    std::unordered_set<std::string> keys;  // a mapping's keys so far: a second one would hide the first
  };

  static bool CheckControls(const YamlNode& scalar, YamlSyntaxError& error) {
    const size_t at = text::FindForbiddenControl(scalar.Scalar());
    if (at == std::string::npos) return true;
    UChar32 c;
    size_t i = at;
    U8_NEXT(reinterpret_cast<const uint8_t*>(scalar.Scalar().data()), i, scalar.Scalar().size(), c);
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
    error = {scalar.Mark(),
             std::string("the value holds the character ") + code + ", which XML and HTML forbid in pages and feeds",
             "remove the escape that writes it (such as \\x01, \\u0001 or \\0)"};
    return false;
  }

  bool Open(YamlNode node, const yaml_event_t& event, YamlSyntaxError& error) {
    if (open_.size() >= kMaxNesting) {
      error = {MarkOf(event.start_mark), "lists and mappings are nested too deeply", {}};
      return false;
    }
    open_.push_back({std::move(node), std::nullopt, {}});
    return true;
  }

  // False, with `error` set, for a key the mapping already has: libyaml
  // accepts it, and the lookup would silently take the first of the two.
  bool Place(YamlNode node, YamlSyntaxError& error) {
    if (open_.empty()) {
      root_ = std::move(node);
      return true;
    }
    struct Open& parent = open_.back();
    if (parent.node.IsSequence()) {
      parent.node.Add(std::move(node));
    } else if (!parent.key) {
      if (node.IsScalar() && !parent.keys.insert(node.Scalar()).second) {
        error = {node.Mark(),
                 "the key '" + node.Scalar() + "' is given twice in the same mapping, and only one of them can count",
                 "remove one of the two, or rename it"};
        return false;
      }
      parent.key = std::move(node);
    } else {
      parent.node.Add(std::move(*parent.key), std::move(node));
      parent.key.reset();
    }
    return true;
  }

  std::vector<struct Open> open_;
  std::optional<YamlNode> root_;
};

std::string ProblemOf(const yaml_parser_t& parser) {
  std::string problem = parser.problem ? parser.problem : "the YAML cannot be read";
  if (parser.context) problem += std::string(" (") + parser.context + ")";
  return problem;
}

// yaml-cpp's rule, kept: all lower case, all upper case, or capitalised.
bool IsFlexibleCase(std::string_view text) {
  if (text.empty()) return true;
  const bool first_upper = std::isupper(static_cast<unsigned char>(text[0]));
  const bool rest_upper =
      std::all_of(text.begin() + 1, text.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
  const bool rest_lower =
      std::all_of(text.begin() + 1, text.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
  return rest_lower || (first_upper && rest_upper);
}

}  // namespace

const YamlNode& YamlNode::operator[](size_t index) const {
  return IsSequence() && index < items_.size() ? items_[index] : Undefined();
}

const YamlNode& YamlNode::operator[](std::string_view key) const {
  if (!IsMap()) return Undefined();
  for (const auto& [name, value] : entries_)
    if (name.IsScalar() && name.Scalar() == key) return value;
  return Undefined();
}

std::optional<std::string> YamlNode::AsString() const {
  if (!IsScalar()) return std::nullopt;
  return scalar_;
}

std::optional<long> YamlNode::AsInteger() const {
  if (!IsScalar() || scalar_.empty()) return std::nullopt;
  std::string_view text = scalar_;
  int base = 10;
  const bool negative = text.front() == '-';
  if (text.front() == '-' || text.front() == '+') text.remove_prefix(1);
  if (text.starts_with("0x")) base = 16;
  if (text.starts_with("0o")) base = 8;
  if (base != 10) text.remove_prefix(2);
  // from_chars takes a '-' of its own: "--5" would be read as 5.
  if (text.starts_with('-')) return std::nullopt;
  long value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, base);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return negative ? -value : value;
}

std::optional<double> YamlNode::AsNumber() const {
  if (!IsScalar() || scalar_.empty()) return std::nullopt;
  std::string_view text = scalar_;
  if (text.front() == '+') text.remove_prefix(1);
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<bool> YamlNode::AsBoolean() const {
  if (!IsScalar() || !IsFlexibleCase(scalar_)) return std::nullopt;
  std::string lower = scalar_;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* yes : {"y", "yes", "true", "on"})
    if (lower == yes) return true;
  for (const char* no : {"n", "no", "false", "off"})
    if (lower == no) return false;
  return std::nullopt;
}

std::pair<std::optional<YamlNode>, YamlSyntaxError> LoadYaml(std::string_view text) {
  yaml_parser_t parser;
  if (!yaml_parser_initialize(&parser)) return {std::nullopt, {{0, 0}, "out of memory", {}}};
  std::unique_ptr<yaml_parser_t, decltype(&yaml_parser_delete)> cleanup(&parser, yaml_parser_delete);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  TreeBuilder builder;
  YamlSyntaxError error;
  while (!builder.done()) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event))
      return {std::nullopt, {MarkOf(parser.problem_mark), ProblemOf(parser), {}}};
    const bool end = event.type == YAML_STREAM_END_EVENT;
    const bool taken = builder.Take(event, error);
    yaml_event_delete(&event);
    if (!taken) return {std::nullopt, error};
    if (end) break;  // an empty file: no document
  }
  auto root = builder.TakeRoot();
  if (!root) return {YamlNode(YamlNode::Type::kNull, {0, 0}), {}};
  return {std::move(root), {}};
}

}  // namespace enindgang
