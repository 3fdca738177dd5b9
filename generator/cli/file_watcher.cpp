#include "cli/file_watcher.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>

namespace enindgang {
namespace fs = std::filesystem;
namespace {

constexpr uint32_t kEvents =
    IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_EXCL_UNLINK;

// An editor that saves continuously must not postpone the rebuild for ever.
constexpr auto kLongestWait = std::chrono::seconds(2);

bool EndsWith(const std::string& s, const std::string& end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

// Editors' swap, backup and probe files, which say nothing about the site.
bool IsEditorScratch(const std::string& name) {
  return name.empty() || name[0] == '.' || name[0] == '#' || EndsWith(name, "~") || EndsWith(name, ".swp") ||
         EndsWith(name, ".swx") || name == "4913";  // vim writes 4913 to test whether it may create files
}

}  // namespace

FileWatcher::FileWatcher(fs::path root)
    : root_(std::move(root)),
      inotify_fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)),
      wake_fd_(eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) {}

FileWatcher::~FileWatcher() {
  if (inotify_fd_ >= 0) close(inotify_fd_);
  if (wake_fd_ >= 0) close(wake_fd_);
}

void FileWatcher::Watch(const WatchList& list) {
  if (!ok()) return;
  for (const auto& file : list.files) WatchFolder(file.parent_path(), false, file.filename().string());
  for (const auto& tree : list.trees) {
    tree_roots_.insert(tree);
    WatchFolder(tree.parent_path(), false, tree.filename().string());  // to see the folder appear
    WatchTree(tree);
  }
}

void FileWatcher::WatchFolder(const fs::path& folder, bool whole, const std::string& name) {
  int wd = inotify_add_watch(inotify_fd_, folder.c_str(), kEvents);
  if (wd < 0) return;  // missing or unreadable: nothing there to watch
  Folder& watched = folders_[wd];
  watched.path = folder;
  watched.whole = watched.whole || whole;
  if (!name.empty()) watched.names.insert(name);
}

void FileWatcher::WatchTree(const fs::path& folder) {
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) return;
  WatchFolder(folder, true, "");
  for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_directory(ec)) WatchFolder(it->path(), true, "");
  }
}

std::vector<std::string> FileWatcher::WaitForChanges(std::chrono::milliseconds quiet,
                                                     std::chrono::milliseconds unfinished) {
  Changes changed;
  while (changed.empty()) {
    if (!WaitReadable(-1)) return {};
    ReadEvents(changed);
  }
  auto give_up = std::chrono::steady_clock::now() + kLongestWait;
  auto wait = [&] {
    bool saving = std::any_of(changed.begin(), changed.end(), [](const auto& change) { return !change.second; });
    return static_cast<int>((saving ? unfinished : quiet).count());
  };
  while (std::chrono::steady_clock::now() < give_up && WaitReadable(wait())) ReadEvents(changed);
  if (interrupted_) return {};
  std::vector<std::string> paths;
  for (const auto& [path, finished] : changed) paths.push_back(path);
  return paths;
}

void FileWatcher::Interrupt() {
  uint64_t one = 1;
  if (write(wake_fd_, &one, sizeof one) < 0) {
    // The counter is full only if Interrupt was called billions of times: already woken.
  }
}

// True when inotify has events; false on timeout or after Interrupt().
bool FileWatcher::WaitReadable(int timeout_ms) {
  if (interrupted_ || !ok()) return false;
  pollfd fds[2] = {{inotify_fd_, POLLIN, 0}, {wake_fd_, POLLIN, 0}};
  int ready = poll(fds, 2, timeout_ms);
  if (fds[1].revents & POLLIN) interrupted_ = true;
  return ready > 0 && !interrupted_ && (fds[0].revents & POLLIN);
}

void FileWatcher::ReadEvents(Changes& changed) {
  alignas(inotify_event) char buffer[16 * 1024];
  for (;;) {
    ssize_t length = read(inotify_fd_, buffer, sizeof buffer);
    if (length <= 0) return;
    for (ssize_t at = 0; at < length;) {
      const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
      std::string name = event->len ? std::string(event->name) : std::string();
      HandleEvent(event->wd, event->mask, name, changed);
      at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
    }
  }
}

void FileWatcher::HandleEvent(int wd, uint32_t mask, const std::string& name, Changes& changed) {
  if (mask & IN_Q_OVERFLOW) {
    changed["(too many changes to list)"] = true;
    return;
  }
  auto it = folders_.find(wd);
  if (it == folders_.end()) return;
  if (mask & IN_IGNORED) {  // the folder was deleted
    folders_.erase(it);
    return;
  }
  const Folder& folder = it->second;
  if (IsEditorScratch(name) || (!folder.whole && !folder.names.count(name))) return;
  fs::path path = folder.path / name;
  // A new folder's files are seen from now on; what was written into it before is read by the rebuild.
  if ((mask & IN_ISDIR) && (mask & (IN_CREATE | IN_MOVED_TO)) && (folder.whole || tree_roots_.count(path)))
    WatchTree(path);
  // A created file is being written until it is closed; the rename that ends a save is one step.
  bool finished = !(mask & IN_CREATE) || (mask & IN_ISDIR);
  changed[path.lexically_relative(root_).generic_string()] = finished;
}

}  // namespace enindgang
