#include "render/assets.h"

#include <libdeflate.h>

#include <cstdio>

namespace enindgang {

std::string AssetKey(const std::string& name) {
  std::string key = name;
  for (auto& c : key)
    if (c == '.' || c == '-' || c == '/') c = '_';
  return key;
}

bool IsRootIcon(const std::string& name) { return name == "favicon.svg" || name == "favicon.ico"; }

// The theme's colours (theme.yaml) as CSS custom properties, so that a
// municipal theme changes colours in one checked place.
std::string ColorsCss(const ThemeFiles& theme) {
  std::string css = ":root {\n";
  for (const auto& [name, value] : theme.colors) css += "  --color-" + name + ": " + value + ";\n";
  return css + "}\n";
}

std::string FingerprintedUrl(const std::string& name, const std::string& bytes) {
  // The standard CRC-32 (the same value zlib's crc32 gives), so fingerprints stay as they were.
  char hash[9];
  std::snprintf(hash, sizeof hash, "%08x", libdeflate_crc32(0, bytes.data(), bytes.size()));
  auto dot = name.rfind('.');
  std::string url = "/";
  url.append(kAssetsFolder).append(name, 0, dot).append(".").append(hash);
  if (dot != std::string::npos) url.append(name, dot);
  return url;
}

FingerprintedAssets FingerprintAssets(const ThemeFiles& theme, const std::map<std::string, std::string>& generated) {
  FingerprintedAssets result;
  std::map<std::string, std::string> sources;
  for (const auto& [name, file] : theme.assets) sources[name] = file.text;
  sources["colors.css"] = ColorsCss(theme);
  for (const auto& [name, bytes] : generated) sources[name] = bytes;
  for (const auto& [name, text] : sources) {
    if (IsRootIcon(name)) {
      result.urls[name] = "/" + name;
      result.files.push_back({name, text});
      continue;
    }
    const std::string url = FingerprintedUrl(name, text);
    result.urls[name] = url;
    result.files.push_back({url.substr(1), text});
  }
  return result;
}

}  // namespace enindgang
