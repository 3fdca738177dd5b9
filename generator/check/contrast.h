#pragma once
#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "load/theme_files.h"

namespace enindgang {

// "#1d1d1b" or "#fff" → WCAG relative luminance; nullopt if not a hex colour.
std::optional<double> RelativeLuminance(const std::string& hex);

// WCAG 2.x contrast ratio of two colours, 1–21.
double ContrastRatio(double luminance_a, double luminance_b);

// Checks every contrast pair the theme declares; a pair below its minimum, an
// unknown colour name or a colour that is not #rgb/#rrggbb is an error.
void CheckThemeContrast(const ThemeFiles& theme, Diagnostics& diagnostics);

}  // namespace enindgang
