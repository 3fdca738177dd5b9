#pragma once
#include <kainjow/mustache.hpp>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "load/theme_files.h"

namespace enindgang {

using TemplateData = kainjow::mustache::data;

// The values one render sees: the page's own first, then values many pages
// share (a language's strings, assets and menus), which are built once and
// referenced here instead of being copied into every page's data.
struct TemplateScope {
  TemplateData page;
  std::vector<const TemplateData*> shared;  // searched after `page`, first to last

  void set(const std::string& key, const TemplateData& value) { page.set(key, value); }
};

// The theme's Mustache templates, each parsed once. Every template is also
// available to the others as a partial ({{> name}}). Not thread-safe: each
// render thread has its own TemplateSet.
class TemplateSet {
 public:
  TemplateSet(const ThemeFiles& theme, Diagnostics& diagnostics);

  bool Has(const std::string& name) const { return templates_.count(name) > 0; }
  // Renders template `name` with `scope`; an unknown name is a theme error.
  std::string Render(const std::string& name, const TemplateScope& scope, Diagnostics& diagnostics) const;

 private:
  // Reports a variable named like a template (partials and variables share one namespace).
  void CheckNotShadowed(const TemplateData& data, Diagnostics& diagnostics) const;

  const ThemeFiles& theme_;
  // The shared layers (one per language) checked once, not on every page.
  mutable std::set<const TemplateData*> checked_layers_;
  std::map<std::string, std::unique_ptr<kainjow::mustache::mustache>> templates_;
  TemplateData partials_;  // every template's text by name, for {{> name}}; below all other values
};

// Sets `key` only when `value` is not empty. In Mustache an empty string is
// still "true" for {{#key}}…{{/key}}; an unset key is false, so optional
// facts that are unknown must stay unset.
void SetText(TemplateData& data, const std::string& key, const std::string& value);
inline void SetText(TemplateScope& scope, const std::string& key, const std::string& value) {
  SetText(scope.page, key, value);
}

// Reports partials ({{> name}}) that name no template, at their position.
void CheckPartials(const ThemeFiles& theme, Diagnostics& diagnostics);

}  // namespace enindgang
