#pragma once
#include <cstdint>

namespace enindgang {

// What one source file of a kind may weigh. Every file is read whole, so these
// bound the build's memory and time per file; a file over its limit is refused
// before it is read. Powers of two, so the message reads "64 MiB".
struct SizeLimit {
  const char* kind;  // "a Markdown page", for the message
  uint64_t bytes;
};

inline constexpr uint64_t kMiB = 1024 * 1024;
// Above the 50 MB page that tests/kill/run-big-input-test builds in bounded time.
inline constexpr SizeLimit kMarkdownPageLimit{"a Markdown page", 64 * kMiB};
// The whole country's municipalities and postcodes are a few dozen KB.
inline constexpr SizeLimit kCsvLimit{"a CSV table", 16 * kMiB};
// site.yaml, theme.yaml and the UI strings of one language.
inline constexpr SizeLimit kYamlLimit{"a YAML file", 1 * kMiB};
inline constexpr SizeLimit kTemplateLimit{"a template", 1 * kMiB};
// Stylesheets, scripts, fonts and the logo of a theme.
inline constexpr SizeLimit kThemeAssetLimit{"a theme asset", 16 * kMiB};
// Images and PDFs under content/, copied as they are.
inline constexpr SizeLimit kStaticFileLimit{"a static file", 64 * kMiB};

}  // namespace enindgang
