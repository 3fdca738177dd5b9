#include "check/contrast.h"

#include <cmath>
#include <cstdio>
#include <vector>

#include "base/suggest.h"
#include "load/css_color.h"

namespace enindgang {
namespace {

double Channel(int value) {
  double c = value / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

std::string TwoDecimals(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", std::floor(value * 100) / 100);
  return buffer;
}

}  // namespace

std::optional<double> RelativeLuminance(const std::string& colour) {
  auto rgb = ParseCssColor(colour);
  if (!rgb) return std::nullopt;
  return 0.2126 * Channel(rgb->red) + 0.7152 * Channel(rgb->green) + 0.0722 * Channel(rgb->blue);
}

double ContrastRatio(double a, double b) {
  if (a < b) std::swap(a, b);
  return (a + 0.05) / (b + 0.05);
}

void CheckThemeContrast(const ThemeFiles& theme, Diagnostics& diagnostics) {
  std::vector<std::string> names;
  for (const auto& [name, _] : theme.colors) names.push_back(name);
  for (const auto& pair : theme.contrast_pairs) {
    auto fg = theme.colors.find(pair.foreground);
    auto bg = theme.colors.find(pair.background);
    if (fg == theme.colors.end() || bg == theme.colors.end()) {
      const std::string& missing = fg == theme.colors.end() ? pair.foreground : pair.background;
      diagnostics.Error(pair.where,
                        "the contrast check names colour '" + missing + "', which the theme does not define",
                        DidYouMean(missing, names));
      continue;
    }
    auto l1 = RelativeLuminance(fg->second);
    auto l2 = RelativeLuminance(bg->second);
    if (!l1 || !l2) continue;
    double ratio = ContrastRatio(*l1, *l2);
    if (ratio >= pair.minimum) continue;
    // Point at the colour a theme most likely just changed: the foreground.
    diagnostics.Error(theme.color_positions.at(pair.foreground),
                      "'" + pair.foreground + "' " + fg->second + " on '" + pair.background + "' " + bg->second +
                          " has contrast " + TwoDecimals(ratio) + ":1, below the " + TwoDecimals(pair.minimum) +
                          ":1 that WCAG 2.1 AA requires",
                      "make one of the two colours darker or lighter");
  }
}

}  // namespace enindgang
