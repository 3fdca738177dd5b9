#include "render/template_set.h"

#include <algorithm>
#include <regex>

#include "base/suggest.h"
#include "text/utf8.h"

namespace enindgang {
namespace {

const std::regex& PartialTag() {
  static const std::regex tag(R"(\{\{>\s*([^}\s]+)\s*\}\})");
  return tag;
}

// The template's text with each {{> name}} replaced by that template's text,
// recursively. kainjow parses a partial again each time it renders one: that
// was a third of the time of a postcode page. Unknown names stay (they are
// reported by CheckPartials), and so does a partial that includes itself
// (recursion over data), which kainjow then renders the usual way.
std::string InlinePartials(const std::string& text, const ThemeFiles& theme, std::vector<std::string>& open) {
  std::string out;
  auto last = text.cbegin();
  for (std::sregex_iterator it(text.begin(), text.end(), PartialTag()), end; it != end; ++it) {
    const std::string name = (*it)[1];
    auto partial = theme.templates.find(name);
    bool recursive = std::find(open.begin(), open.end(), name) != open.end();
    out.append(last, (*it)[0].first);
    last = (*it)[0].second;
    if (partial == theme.templates.end() || recursive) {
      out += it->str();
      continue;
    }
    open.push_back(name);
    out += InlinePartials(partial->second.text, theme, open);
    open.pop_back();
  }
  out.append(last, text.cend());
  return out;
}

// kainjow says "Unclosed section \"x\" at 12" with a byte offset: this gives
// the line and column of that offset and the problem in words.
std::pair<SourcePosition, std::string> DescribeTemplateError(const ThemeFile& file, const std::string& message) {
  static const std::regex located(R"(^(Unclosed section|Unopened section|Unclosed tag)(?: \"([^\"]*)\")? at (\d+)$)");
  std::smatch match;
  if (!std::regex_match(message, match, located)) return {{file.path, 1, 1}, "template error: " + message};
  size_t offset = std::min<size_t>(std::stoul(match[3]), file.text.size());
  const auto [line, column] = text::LineAndColumnOf(file.text, offset);
  const SourcePosition where{file.path, line, column};
  const std::string name = match[2];
  if (match[1] == "Unclosed section") return {where, "the section {{#" + name + "}} is never closed"};
  if (match[1] == "Unopened section") return {where, "{{/" + name + "}} closes a section that is not open"};
  return {where, "a tag is not closed with }}"};
}

}  // namespace

TemplateSet::TemplateSet(const ThemeFiles& theme, Diagnostics& diagnostics) : theme_(theme) {
  for (const auto& [name, file] : theme.templates) {
    partials_.set(name, file.text);
    // Errors are found in the file as written, so that they point into it.
    kainjow::mustache::mustache as_written(file.text);
    if (!as_written.is_valid()) {
      auto [where, what] = DescribeTemplateError(file, as_written.error_message());
      diagnostics.Error(where, what, "close every {{#section}} with {{/section}} and check the braces");
      continue;
    }
    std::vector<std::string> open{name};
    templates_[name] = std::make_unique<kainjow::mustache::mustache>(InlinePartials(file.text, theme, open));
  }
}

std::string TemplateSet::Render(const std::string& name, const TemplateScope& scope, Diagnostics& diagnostics) const {
  auto it = templates_.find(name);
  if (it == templates_.end()) {
    std::vector<std::string> names;
    for (const auto& [n, _] : theme_.templates) names.push_back(n);
    diagnostics.Error({"themes/", 0, 0}, "the theme has no template '" + name + ".mustache'", DidYouMean(name, names));
    return {};
  }
  CheckNotShadowed(scope.page, diagnostics);
  for (const TemplateData* layer : scope.shared)
    if (checked_layers_.insert(layer).second) CheckNotShadowed(*layer, diagnostics);
  // kainjow's context searches the layer pushed last first.
  kainjow::mustache::context<std::string> context;
  context.push(&partials_);
  for (auto layer = scope.shared.rbegin(); layer != scope.shared.rend(); ++layer) context.push(*layer);
  context.push(&scope.page);
  return it->second->render(context);
}

void TemplateSet::CheckNotShadowed(const TemplateData& data, Diagnostics& diagnostics) const {
  for (const auto& [partial_name, file] : theme_.templates) {
    if (data.get(partial_name) == nullptr) continue;
    diagnostics.Error({file.path, 0, 0}, "template name '" + partial_name + "' is also the name of a template variable",
                      "rename the template file");
  }
}

void SetText(TemplateData& data, const std::string& key, const std::string& value) {
  if (!value.empty()) data.set(key, value);
}

void CheckPartials(const ThemeFiles& theme, Diagnostics& diagnostics) {
  const std::regex& partial = PartialTag();
  std::vector<std::string> names;
  for (const auto& [n, _] : theme.templates) names.push_back(n);
  for (const auto& [name, file] : theme.templates) {
    int line = 1;
    size_t line_start = 0;
    for (auto it = std::sregex_iterator(file.text.begin(), file.text.end(), partial); it != std::sregex_iterator();
         ++it) {
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
