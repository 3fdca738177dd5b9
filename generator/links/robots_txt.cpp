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

// Whether `pattern` matches `path` from its start: a robots.txt pattern is a
// prefix unless it ends in `$`. The greedy glob match (back to the last `*`)
// takes O(pattern × path) at worst, so a hostile robots.txt full of `*`
// cannot stall the checker as a backtracking recursion could.
bool Matches(std::string_view pattern, std::string_view path) {
  std::string glob(pattern);
  if (!glob.empty() && glob.back() == '$') {
    glob.pop_back();
  } else {
    glob += '*';
  }
  size_t p = 0, s = 0, star = std::string::npos, resume = 0;
  while (s < path.size()) {
    if (p < glob.size() && glob[p] == '*') {
      star = p++;
      resume = s;
    } else if (p < glob.size() && glob[p] == path[s]) {
      ++p;
      ++s;
    } else if (star != std::string::npos) {
      p = star + 1;
      s = ++resume;
    } else {
      return false;
    }
  }
  while (p < glob.size() && glob[p] == '*') ++p;
  return p == glob.size();
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
    return query == std::string::npos ? "/" : std::string("/").append(url, query);
  }
  return url.substr(start, url.find('#', start) - start);
}

}  // namespace enindgang::links
