#include "write/output_manifest.h"

#include <libdeflate.h>

#include <cstdio>
#include <sstream>

namespace enindgang {

std::string OutputManifest::Fingerprint(std::string_view bytes) {
  // Two independent 32-bit checksums and the length: a false "unchanged" would
  // need a collision in all three at once.
  // libdeflate's are the standard CRC-32 and Adler-32 (the same values as zlib's), only faster.
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%08x%08x-%zu", libdeflate_crc32(0, bytes.data(), bytes.size()),
                libdeflate_adler32(1, bytes.data(), bytes.size()), bytes.size());
  return buffer;
}

OutputManifest OutputManifest::Read(const FolderHandle& output, size_t limit) {
  OutputManifest manifest;
  std::string text;
  if (!output.ReadRegularFile(kFileName, limit, text)) return manifest;
  std::istringstream lines(text);
  for (std::string fingerprint, path; lines >> fingerprint && std::getline(lines >> std::ws, path);)
    manifest.entries_[path] = fingerprint;
  return manifest;
}

bool OutputManifest::Unchanged(const std::string& path, const std::string& fingerprint) const {
  auto it = entries_.find(path);
  return it != entries_.end() && it->second == fingerprint;
}

std::string OutputManifest::Serialize() const {
  std::string out;
  for (const auto& [path, fingerprint] : entries_) out += fingerprint + " " + path + "\n";
  return out;
}

}  // namespace enindgang
