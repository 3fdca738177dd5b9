#include "render/server_policy.h"

#include "render/content_policy.h"

namespace enindgang {

std::vector<HeaderField> SecurityHeaders() {
  return {
      {"Content-Security-Policy", ContentSecurityPolicy()},
      {"Referrer-Policy", "no-referrer"},
      {"X-Content-Type-Options", "nosniff"},
      {"Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"},
  };
}

const std::vector<ContentTypeRule>& ContentTypeRules() {
  static const std::vector<ContentTypeRule> kRules = {
      {".html", "text/html", true},
      {".css", "text/css", true},
      {".js", "application/javascript", true},
      {".json", "application/json", true},
      {kFeedFile, "application/atom+xml", true},
      {".xml", "text/xml", false},
      {".txt", "text/plain", true},
      {kCalendarEnding, "text/calendar", true},
      {".svg", "image/svg+xml", false},
      {".png", "image/png", false},
      {".ico", "image/x-icon", false},
      {".woff2", "font/woff2", false},
  };
  return kRules;
}

std::string ContentTypeOf(std::string_view path) {
  for (const ContentTypeRule& rule : ContentTypeRules())
    if (path.ends_with(rule.ending)) return std::string(rule.type) + (rule.charset ? "; charset=utf-8" : "");
  return "application/octet-stream";
}

bool IsHiddenPath(std::string_view path) {
  for (std::string_view config : kConfigFiles)
    if (path == config) return true;
  return path.starts_with('.') || path.find("/.") != std::string_view::npos;
}

std::string NotFoundPageOf(std::string_view prefix) {
  return prefix.empty() ? "404.html" : std::string(prefix.substr(1)) + "/404.html";
}

}  // namespace enindgang
