#include "render/template_set.h"

#include <regex>

#include "base/suggest.h"

namespace enindgang {

TemplateSet::TemplateSet(const ThemeFiles& theme, Diagnostics& diagnostics) : theme_(theme) {
  for (const auto& [name, file] : theme.templates) {
    partials_.set(name, file.text);
    auto parsed = std::make_unique<kainjow::mustache::mustache>(file.text);
    if (!parsed->is_valid()) {
      diagnostics.Error({file.path, 1, 1}, "template error: " + parsed->error_message(),
                        "close every {{#section}} with {{/section}} and check the braces");
      continue;
    }
    templates_[name] = std::move(parsed);
  }
}

std::string TemplateSet::Render(const std::string& name, const TemplateScope& scope, Diagnostics& diagnostics) const {
  auto it = templates_.find(name);
  if (it == templates_.end()) {
    std::vector<std::string> names;
    for (const auto& [n, _] : theme_.templates) names.push_back(n);
    diagnostics.Error({"themes/", 0, 0}, "the theme has no template '" + name + ".mustache'",
                      DidYouMean(name, names));
    return {};
  }
  // Partials and variables share one namespace: a variable would hide the template.
  for (const auto& [partial_name, file] : theme_.templates) {
    bool taken = scope.page.get(partial_name) != nullptr;
    for (const TemplateData* layer : scope.shared) taken = taken || layer->get(partial_name) != nullptr;
    if (taken) {
      diagnostics.Error({file.path, 0, 0}, "template name '" + partial_name + "' is also the name of a template variable",
                        "rename the template file");
    }
  }
  // kainjow's context searches the layer pushed last first.
  kainjow::mustache::context<std::string> context;
  context.push(&partials_);
  for (auto layer = scope.shared.rbegin(); layer != scope.shared.rend(); ++layer) context.push(*layer);
  context.push(&scope.page);
  return it->second->render(context);
}

void SetText(TemplateData& data, const std::string& key, const std::string& value) {
  if (!value.empty()) data.set(key, value);
}

void CheckPartials(const ThemeFiles& theme, Diagnostics& diagnostics) {
  static const std::regex partial(R"(\{\{>\s*([^}\s]+)\s*\}\})");
  std::vector<std::string> names;
  for (const auto& [n, _] : theme.templates) names.push_back(n);
  for (const auto& [name, file] : theme.templates) {
    int line = 1;
    size_t line_start = 0;
    for (auto it = std::sregex_iterator(file.text.begin(), file.text.end(), partial); it != std::sregex_iterator(); ++it) {
      size_t at = static_cast<size_t>(it->position());
      for (size_t i = line_start; i < at; ++i)
        if (file.text[i] == '\n') ++line, line_start = i + 1;
      std::string target = (*it)[1];
      if (theme.templates.count(target)) continue;
      diagnostics.Error({file.path, line, static_cast<int>(at - line_start) + 1},
                        "the template includes '" + target + "', which does not exist", DidYouMean(target, names));
    }
  }
}

}  // namespace enindgang
