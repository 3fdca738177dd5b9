#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

#include "write/folder_handle.h"

namespace enindgang {

// What the previous build wrote: path → fingerprint of its bytes. Stored as
// .enindgang-manifest in the output, so the next build can keep every file
// whose bytes did not change (same inode, same modification time: servers,
// CDNs and rsync see no change) instead of writing it again.
class OutputManifest {
 public:
  static constexpr const char* kFileName = ".enindgang-manifest";

  static std::string Fingerprint(std::string_view bytes);
  // The manifest in `output`: empty when it is missing, not a regular file
  // (a symlink is not followed) or over `limit` bytes.
  static OutputManifest Read(const FolderHandle& output, size_t limit);

  void Set(const std::string& path, std::string fingerprint) { entries_[path] = std::move(fingerprint); }
  // True when `path` was written with these exact bytes last time.
  bool Unchanged(const std::string& path, const std::string& fingerprint) const;
  std::string Serialize() const;

 private:
  std::map<std::string, std::string> entries_;
};

}  // namespace enindgang
