#include "write/folder_handle.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace enindgang {

FolderHandle::FolderHandle(const std::filesystem::path& folder)
    : fd_(open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {}

FolderHandle::~FolderHandle() {
  if (fd_ >= 0) close(fd_);
}

bool FolderHandle::Write(const std::string& relative, std::string_view bytes) const {
  int fd = openat(fd_, relative.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  bool ok = true;
  for (size_t done = 0; ok && done < bytes.size();) {
    ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    ok = n > 0;
    if (ok) done += static_cast<size_t>(n);
  }
  return close(fd) == 0 && ok;
}

bool FolderHandle::LinkFrom(const FolderHandle& from, const std::string& relative) const {
  return from.ok() && linkat(from.fd_, relative.c_str(), fd_, relative.c_str(), 0) == 0;
}

void FolderHandle::MakeParentOf(const std::string& relative) {
  auto slash = relative.rfind('/');
  if (slash != std::string::npos) MakeFolder(relative.substr(0, slash));
}

void FolderHandle::MakeFolder(const std::string& folder) {
  {
    std::lock_guard lock(mutex_);
    if (made_.count(folder)) return;
  }
  MakeParentOf(folder);
  mkdirat(fd_, folder.c_str(), 0755);  // EEXIST is fine: another thread made it first
  std::lock_guard lock(mutex_);
  made_.insert(folder);
}

}  // namespace enindgang
