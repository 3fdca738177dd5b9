#pragma once
#include <optional>
#include <string_view>

namespace enindgang {

struct Rgb {
  int red = 0, green = 0, blue = 0;  // 0–255
};

// A theme colour as CSS writes an opaque colour: #rgb, #rrggbb, rgb(r, g, b)
// or rgb(r g b) with whole numbers 0–255, or one of CSS's 148 colour names;
// letters in any case. Anything else is nullopt: no alpha (contrast needs an
// opaque colour), no var(), and nothing that could end the declaration in
// colors.css ("red; background: url(…)").
std::optional<Rgb> ParseCssColor(std::string_view text);

}  // namespace enindgang
