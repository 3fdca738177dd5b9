#pragma once
#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <string_view>

namespace enindgang {

// One open folder that files are written into and linked from by their path
// relative to it (openat, linkat, mkdirat): writing 20,000 files does not
// resolve the long absolute path again for each, nor check each parent
// folder again. Safe to use from several threads.
// Reads the whole file behind `fd` into `out` when it has at most `limit`
// bytes (a file grown after the build is not read in full just to be thrown away).
bool ReadAtMost(int fd, size_t limit, std::string& out);

class FolderHandle {
 public:
  explicit FolderHandle(const std::filesystem::path& folder);
  ~FolderHandle();
  FolderHandle(const FolderHandle&) = delete;
  FolderHandle& operator=(const FolderHandle&) = delete;

  bool ok() const { return fd_ >= 0; }
  // Creates or truncates `relative` with `bytes`; its folder must exist (MakeParentOf).
  bool Write(const std::string& relative, std::string_view bytes) const;
  // Opens `relative` for reading when it is a regular file reached through no
  // symlink at all (not the file, not a folder above it); -1 otherwise. Closed by the caller.
  int OpenRegularFile(const std::string& relative) const;
  // Reads `relative` into `out` when OpenRegularFile opens it and it has at most `limit` bytes.
  bool ReadRegularFile(const std::string& relative, size_t limit, std::string& out) const;
  // Hard-links the open file `fd` (that inode, whatever its name has become since) as `relative` here.
  bool LinkOpenFile(int fd, const std::string& relative) const;
  // Flushes every file of this folder's file system to disk (syncfs).
  bool SyncFileSystem() const;
  // Creates the folders above `relative` ("a/b/index.html" → a, a/b), each once.
  void MakeParentOf(const std::string& relative);

 private:
  void MakeFolder(const std::string& folder);

  int fd_ = -1;
  std::mutex mutex_;
  std::set<std::string> made_;
};

}  // namespace enindgang
