#include "render/template_set.h"

#include <catch2/catch.hpp>

using namespace enindgang;

namespace {

ThemeFiles Theme() {
  ThemeFiles theme;
  theme.templates["base"] = {"base.mustache", "<p>{{title}} · {{t.hello}}</p>{{> footer}}",
                             "themes/x/templates/base.mustache"};
  theme.templates["footer"] = {"footer.mustache", "<footer>{{site}}</footer>", "themes/x/templates/footer.mustache"};
  return theme;
}

}  // namespace

TEST_CASE("a template reads the page's values first, then the shared layers, with partials inlined") {
  ThemeFiles theme = Theme();
  Diagnostics diagnostics;
  TemplateSet templates(theme, diagnostics);
  TemplateData shared;
  TemplateData strings;
  strings.set("hello", "Hej");
  shared.set("t", strings);
  shared.set("site", "Én indgang");
  shared.set("title", "hidden by the page");
  TemplateScope scope;
  scope.shared = {&shared};
  scope.page.set("title", "Ord & begreber");
  CHECK(templates.Render("base", scope, diagnostics) == "<p>Ord &amp; begreber · Hej</p><footer>Én indgang</footer>");
  CHECK_FALSE(diagnostics.HasErrors());
}

TEST_CASE("a value named like a template is an error, in the page or in a shared layer, reported once") {
  ThemeFiles theme = Theme();
  Diagnostics diagnostics;
  TemplateSet templates(theme, diagnostics);
  TemplateData shared;
  shared.set("footer", "x");
  TemplateScope scope;
  scope.shared = {&shared};
  for (int page = 0; page < 3; ++page) templates.Render("base", scope, diagnostics);
  REQUIRE(diagnostics.Sorted().size() == 1);
  CHECK(diagnostics.Sorted()[0].message == "template name 'footer' is also the name of a template variable");

  Diagnostics page_diagnostics;
  TemplateScope page_scope;
  page_scope.page.set("base", "x");
  templates.Render("base", page_scope, page_diagnostics);
  REQUIRE(page_diagnostics.Sorted().size() == 1);
  CHECK(page_diagnostics.Sorted()[0].where.path == "themes/x/templates/base.mustache");
}

TEST_CASE("a template error after Æøå is placed at its character column, not its byte column") {
  ThemeFiles theme;
  // "Æøå " is 7 bytes and 4 characters: the unclosed section starts at column 5.
  theme.templates["base"] = {"base.mustache", "<p>\nÆøå {{#open}} x</p>", "themes/x/templates/base.mustache"};
  Diagnostics diagnostics;
  TemplateSet templates(theme, diagnostics);
  auto found = diagnostics.Sorted();
  REQUIRE(found.size() == 1);
  CHECK(found[0].where.line == 2);
  CHECK(found[0].where.column == 5);
  CHECK(found[0].message == "the section {{#open}} is never closed");
}
