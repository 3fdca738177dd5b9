#pragma once
#include <filesystem>
#include <optional>
#include <string>

namespace enindgang {

// Reads a whole file; nullopt when it cannot be read.
std::optional<std::string> ReadFile(const std::filesystem::path& path);

// Writes a whole file, creating parent folders. Returns false on failure.
bool WriteFile(const std::filesystem::path& path, std::string_view bytes);

// Path of `path` relative to `base`, with forward slashes, for messages and URLs.
std::string RelativeName(const std::filesystem::path& path, const std::filesystem::path& base);

}  // namespace enindgang
