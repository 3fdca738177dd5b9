#include "render/content_policy.h"

#include <algorithm>
#include <iterator>

namespace enindgang {
namespace {

struct Directive {
  std::string_view name;
  Sources sources;
};

constexpr Directive kPolicy[] = {
    {"default-src", Sources::kNone}, {"script-src", Sources::kSelf},      {"style-src", Sources::kSelf},
    {"img-src", Sources::kSelf},     {"connect-src", Sources::kSelf},     {"form-action", Sources::kSelf},
    {"base-uri", Sources::kNone},    {"frame-ancestors", Sources::kNone},
};

// Directives that name a kind of fetch fall back to default-src (CSP Level 3, §6.8.3);
// navigation and document directives (form-action, base-uri) do not.
bool IsFetchDirective(std::string_view name) { return name.ends_with("-src"); }

}  // namespace

Sources AllowedSources(std::string_view directive) {
  auto it =
      std::find_if(std::begin(kPolicy), std::end(kPolicy), [&](const Directive& d) { return d.name == directive; });
  if (it != std::end(kPolicy)) return it->sources;
  return IsFetchDirective(directive) ? AllowedSources("default-src") : Sources::kAny;
}

std::string ContentSecurityPolicy() {
  std::string value;
  for (const Directive& d : kPolicy) {
    if (!value.empty()) value += "; ";
    value += std::string(d.name) + (d.sources == Sources::kNone ? " 'none'" : " 'self'");
  }
  return value;
}

}  // namespace enindgang
