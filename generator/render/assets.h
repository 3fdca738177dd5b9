#pragma once
#include <map>
#include <string>
#include <string_view>

#include "load/theme_files.h"
#include "render/output_file.h"

namespace enindgang {

// The folder of the theme's assets in the output; nginx serves it as never
// changing, so nothing else may put a file there.
inline constexpr std::string_view kAssetsFolder = "assets/";

// Theme assets under cache-busting names: "style.css" → "/assets/style.1a2b3c4d.css".
// The name changes exactly when the bytes change, so servers may cache them forever.
// The icons are the exception (IsRootIcon): browsers ask for /favicon.ico itself.
struct FingerprintedAssets {
  std::map<std::string, std::string> urls;  // "style.css" → "/assets/style.1a2b3c4d.css"
  OutputFiles files;
};

// A theme asset published at the site root under its own name, where browsers
// look for it without being told: favicon.svg and favicon.ico.
bool IsRootIcon(const std::string& name);

// `generated` holds assets the build makes (name → bytes), e.g. the lookup index.
FingerprintedAssets FingerprintAssets(const ThemeFiles& theme, const std::map<std::string, std::string>& generated);

// Where FingerprintAssets publishes a non-icon asset: "villages-t.json" → "/assets/villages-t.1a2b3c4d.json".
std::string FingerprintedUrl(const std::string& name, const std::string& bytes);

// Template key of an asset: "style.css" → "style_css", "fold.js" → "fold_js".
std::string AssetKey(const std::string& name);

}  // namespace enindgang
