#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace enindgang::links {

// The rules of robots.txt (RFC 9309) that apply to one user agent.
struct RobotsRule {
  bool allow = false;
  std::string pattern;  // "/private/", "/*.pdf$"
};

struct RobotsRules {
  std::vector<RobotsRule> rules;
};

// The group for `agent` (its product token, case-insensitive; several groups
// for it are merged), else the "*" group, else no rules at all.
RobotsRules ParseRobotsTxt(std::string_view text, std::string_view agent);

// RFC 9309 §2.2.2: the longest matching pattern decides, Allow wins a tie,
// `*` matches any characters and a final `$` the end. `path` includes the query.
// /robots.txt itself is always allowed.
bool RobotsAllows(const RobotsRules& rules, std::string_view path);

// The path and query of an absolute URL, as robots.txt matches it: "/a?b".
std::string RobotsPathOf(const std::string& url);

}  // namespace enindgang::links
