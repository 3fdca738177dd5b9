#pragma once
#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "load/theme_files.h"

namespace enindgang {

// A CSS colour ("#1d1d1b", "#fff", "rgb(29, 29, 27)", "navy"; load/css_color)
// → WCAG relative luminance; nullopt if it is not one.
std::optional<double> RelativeLuminance(const std::string& colour);

// WCAG 2.x contrast ratio of two colours, 1–21.
double ContrastRatio(double luminance_a, double luminance_b);

// Checks every contrast pair the theme declares; a pair below its minimum or
// an unknown colour name is an error. (A value that is not a colour was
// reported when the theme was read.)
void CheckThemeContrast(const ThemeFiles& theme, Diagnostics& diagnostics);

}  // namespace enindgang
