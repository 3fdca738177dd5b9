#include "render/assets.h"

#include <zlib.h>

#include <cstdio>

namespace enindgang {

std::string AssetKey(const std::string& name) {
  std::string key = name;
  for (auto& c : key)
    if (c == '.' || c == '-' || c == '/') c = '_';
  return key;
}

FingerprintedAssets FingerprintAssets(const ThemeFiles& theme) {
  FingerprintedAssets result;
  for (const auto& [name, file] : theme.assets) {
    uLong crc = crc32(0L, reinterpret_cast<const Bytef*>(file.text.data()), static_cast<uInt>(file.text.size()));
    char hash[9];
    std::snprintf(hash, sizeof hash, "%08lx", crc & 0xffffffffUL);
    auto dot = name.rfind('.');
    std::string hashed = dot == std::string::npos ? name + "." + hash : name.substr(0, dot) + "." + hash + name.substr(dot);
    result.urls[name] = "/assets/" + hashed;
    result.files.push_back({"assets/" + hashed, file.text});
  }
  return result;
}

}  // namespace enindgang
