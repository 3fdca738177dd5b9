#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace enindgang {

// What the previous build wrote: path → fingerprint of its bytes. Stored as
// .enindgang-manifest in the output, so the next build can keep every file
// whose bytes did not change (same inode, same modification time: servers,
// CDNs and rsync see no change) instead of writing it again.
class OutputManifest {
 public:
  static constexpr const char* kFileName = ".enindgang-manifest";

  static std::string Fingerprint(std::string_view bytes);
  static OutputManifest Read(const std::filesystem::path& output);

  void Set(const std::string& path, std::string fingerprint) { entries_[path] = std::move(fingerprint); }
  // True when `path` was written with these exact bytes last time.
  bool Unchanged(const std::string& path, const std::string& fingerprint) const;
  std::string Serialize() const;

 private:
  std::map<std::string, std::string> entries_;
};

}  // namespace enindgang
