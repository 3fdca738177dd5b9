#pragma once
#include <cstdint>
#include <filesystem>
#include <limits>
#include <optional>
#include <string>

namespace enindgang {

// Why a file was not read.
enum class ReadFailure { kNone, kMissing, kNotRegular, kTooLarge, kUnreadable };

struct BoundedRead {
  std::optional<std::string> bytes;  // set exactly when failure is kNone
  ReadFailure failure = ReadFailure::kNone;
  uint64_t size = 0;  // what fstat said, also when the file was too large
};

// Reads a whole regular file of at most `max_bytes`. A pipe, socket or device
// is refused before a byte is read, and opening never waits for a pipe's writer.
BoundedRead ReadBounded(const std::filesystem::path& path, uint64_t max_bytes = std::numeric_limits<uint64_t>::max());

// Reads a whole regular file; nullopt when it cannot be read.
std::optional<std::string> ReadFile(const std::filesystem::path& path);

// Writes a whole file, creating parent folders. Returns false on failure.
bool WriteFile(const std::filesystem::path& path, std::string_view bytes);

// True when `inner` is `outer` or lies below it, symbolic links resolved
// (a missing tail is taken as written).
bool IsWithin(const std::filesystem::path& inner, const std::filesystem::path& outer);

// True for a path an output file may have: relative, '/'-separated, no empty,
// "." or ".." segment, so that it names a place inside the output folder.
bool IsCleanRelativePath(std::string_view path);

// Path of `path` relative to `base`, with forward slashes, for messages and URLs.
// Lexical: a link is never resolved, so its target never decides a name.
std::string RelativeName(const std::filesystem::path& path, const std::filesystem::path& base);

}  // namespace enindgang
