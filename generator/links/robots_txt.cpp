#include "links/robots_txt.h"

#include <algorithm>
#include <cctype>

namespace enindgang::links {
namespace {

std::string Lower(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return lower;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

// Whether `pattern` matches the start of `path`; recursion only at `*`, and
// patterns are short lines, so the cost stays small.
bool Matches(std::string_view pattern, std::string_view path) {
  if (pattern.empty()) return true;
  if (pattern == "$") return path.empty();
  if (pattern.front() == '*') {
    for (size_t skip = 0; skip <= path.size(); ++skip) {
      if (Matches(pattern.substr(1), path.substr(skip))) return true;
    }
    return false;
  }
  return !path.empty() && pattern.front() == path.front() && Matches(pattern.substr(1), path.substr(1));
}

struct Line {
  std::string key;
  std::string value;
};

Line ParseLine(std::string_view line) {
  line = line.substr(0, line.find('#'));
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return {};
  return {Lower(Trim(line.substr(0, colon))), std::string(Trim(line.substr(colon + 1)))};
}

}  // namespace

RobotsRules ParseRobotsTxt(std::string_view text, std::string_view agent) {
  RobotsRules mine, anyone;
  bool mine_found = false;
  bool in_mine = false, in_anyone = false;
  bool reading_agents = false;  // consecutive user-agent lines open one group
  std::string token = Lower(agent);
  while (!text.empty()) {
    size_t end = text.find_first_of("\r\n");
    Line line = ParseLine(text.substr(0, end));
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (line.key == "user-agent") {
      if (!reading_agents) in_mine = in_anyone = false;
      reading_agents = true;
      std::string name = Lower(line.value);
      if (name == token) in_mine = mine_found = true;
      if (name == "*") in_anyone = true;
      continue;
    }
    if (line.key != "allow" && line.key != "disallow") continue;
    reading_agents = false;
    if (line.value.empty()) continue;  // "Disallow:" with nothing forbids nothing
    RobotsRule rule{line.key == "allow", line.value};
    if (in_mine) mine.rules.push_back(rule);
    if (in_anyone) anyone.rules.push_back(rule);
  }
  return mine_found ? mine : anyone;
}

bool RobotsAllows(const RobotsRules& rules, std::string_view path) {
  if (path == "/robots.txt") return true;
  const RobotsRule* best = nullptr;
  for (const RobotsRule& rule : rules.rules) {
    if (!Matches(rule.pattern, path)) continue;
    bool longer = !best || rule.pattern.size() > best->pattern.size();
    bool tie_allow = best && rule.pattern.size() == best->pattern.size() && rule.allow;
    if (longer || tie_allow) best = &rule;
  }
  return !best || best->allow;
}

std::string RobotsPathOf(const std::string& url) {
  size_t scheme_end = url.find("//");
  size_t start = scheme_end == std::string::npos ? std::string::npos : url.find('/', scheme_end + 2);
  if (start == std::string::npos) {
    size_t query = scheme_end == std::string::npos ? std::string::npos : url.find('?', scheme_end + 2);
    return query == std::string::npos ? "/" : "/" + url.substr(query);
  }
  return url.substr(start, url.find('#', start) - start);
}

}  // namespace enindgang::links
