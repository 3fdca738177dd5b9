#include "check/contrast.h"

#include <catch2/catch.hpp>

using namespace enindgang;

TEST_CASE("contrast ratios match WCAG's published examples") {
  CHECK(ContrastRatio(*RelativeLuminance("#000000"), *RelativeLuminance("#ffffff")) == Approx(21.0));
  CHECK(ContrastRatio(*RelativeLuminance("#fff"), *RelativeLuminance("#fff")) == Approx(1.0));
  // #767676 on white is the classic just-passing grey (4.54:1).
  CHECK(ContrastRatio(*RelativeLuminance("#767676"), *RelativeLuminance("#ffffff")) == Approx(4.54).epsilon(0.01));
  // Every form of colour the theme may write: the same grey four ways.
  for (const char* grey : {"#767676", "rgb(118, 118, 118)", "rgb(118 118 118)"})
    CHECK(ContrastRatio(*RelativeLuminance(grey), *RelativeLuminance("white")) == Approx(4.54).epsilon(0.01));
  CHECK(ContrastRatio(*RelativeLuminance("navy"), *RelativeLuminance("#fff")) == Approx(16.0).epsilon(0.01));
  CHECK_FALSE(RelativeLuminance("red; background: url(x)").has_value());
}

TEST_CASE("a theme colour pair below its minimum is an error at the foreground colour") {
  ThemeFiles theme;
  theme.colors = {{"text", "#777777"}, {"background", "#ffffff"}};
  theme.color_positions = {{"text", {"themes/kommune/theme.yaml", 4, 9}},
                           {"background", {"themes/default/theme.yaml", 3, 15}}};
  theme.contrast_pairs = {{"text", "background", 4.5, {"themes/default/theme.yaml", 20, 5}}};
  Diagnostics d;
  CheckThemeContrast(theme, d);
  REQUIRE(d.ErrorCount() == 1);
  CHECK(d.Sorted()[0].Format() ==
        "themes/kommune/theme.yaml:4:9: error: 'text' #777777 on 'background' #ffffff has contrast 4.47:1, below the "
        "4.50:1 that WCAG 2.1 AA requires — make one of the two colours darker or lighter");
}

TEST_CASE("the default theme passes its own contrast checks") {
  ThemeFiles theme;
  theme.colors = {{"text", "#1d1d1b"}, {"background", "#ffffff"}};
  theme.contrast_pairs = {{"text", "background", 4.5, {}}};
  Diagnostics d;
  CheckThemeContrast(theme, d);
  CHECK_FALSE(d.HasErrors());
}
