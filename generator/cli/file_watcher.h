#pragma once
#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace enindgang {

// What `enindgang serve` watches: single files (site.yaml, the CSVs) and
// folders with everything below them (content/, the themes).
struct WatchList {
  std::vector<std::filesystem::path> files;
  std::vector<std::filesystem::path> trees;  // may not exist yet; noticed when created
};

// Tells when watched files change, through Linux inotify. Editors save in
// several steps (write a new file, rename it over the old one), so changes are
// collected until the files have been quiet for a moment and reported together.
class FileWatcher {
 public:
  // Changed paths are reported relative to `root` ("content/da/ord.md").
  explicit FileWatcher(std::filesystem::path root);
  ~FileWatcher();
  FileWatcher(const FileWatcher&) = delete;
  FileWatcher& operator=(const FileWatcher&) = delete;

  bool ok() const { return inotify_fd_ >= 0 && wake_fd_ >= 0; }

  // Adds watches; calling it again with a changed list adds what is new.
  void Watch(const WatchList& list);

  // Blocks until something watched changes and then stays quiet for `quiet`,
  // or for `unfinished` while a file that was created has not been closed
  // after writing yet. Returns the changed paths, sorted, or an empty list
  // after Interrupt().
  std::vector<std::string> WaitForChanges(std::chrono::milliseconds quiet, std::chrono::milliseconds unfinished);

  // Makes WaitForChanges return; safe from any thread.
  void Interrupt();

 private:
  // Files are watched through their folder: a save by rename replaces the inode.
  struct Folder {
    std::filesystem::path path;
    bool whole = false;           // every file below counts
    std::set<std::string> names;  // else only these entries count
  };

  void WatchFolder(const std::filesystem::path& folder, bool whole, const std::string& name);
  void WatchTree(const std::filesystem::path& folder);
  // Changed paths → whether their last event finished a save (false after a file was created, until it is closed).
  using Changes = std::map<std::string, bool>;

  bool WaitReadable(int timeout_ms);
  void ReadEvents(Changes& changed);
  void HandleEvent(int wd, uint32_t mask, const std::string& name, Changes& changed);

  std::filesystem::path root_;
  int inotify_fd_ = -1;
  int wake_fd_ = -1;  // an eventfd that Interrupt() writes to
  bool interrupted_ = false;
  std::map<int, Folder> folders_;  // by inotify watch descriptor
  std::set<std::filesystem::path> tree_roots_;
};

}  // namespace enindgang
