#include "write/folder_handle.h"

#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
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

int FolderHandle::OpenRegularFile(const std::string& relative) const {
  if (fd_ < 0) return -1;
  // openat2 (Linux 5.6) refuses a symlink anywhere on the way; glibc 2.36 has no wrapper.
  open_how how{};
  how.flags = O_RDONLY | O_NOFOLLOW | O_CLOEXEC;
  how.resolve = RESOLVE_NO_SYMLINKS | RESOLVE_BENEATH;
  int fd = static_cast<int>(syscall(SYS_openat2, fd_, relative.c_str(), &how, sizeof how));
  if (fd < 0) return -1;
  struct stat s {};
  if (fstat(fd, &s) != 0 || !S_ISREG(s.st_mode)) {
    close(fd);
    return -1;
  }
  return fd;
}

bool ReadAtMost(int fd, size_t limit, std::string& out) {
  struct stat s {};
  if (fstat(fd, &s) != 0 || static_cast<size_t>(s.st_size) > limit) return false;
  out.resize(static_cast<size_t>(s.st_size));
  for (size_t done = 0; done < out.size();) {
    ssize_t n = pread(fd, out.data() + done, out.size() - done, static_cast<off_t>(done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

bool FolderHandle::ReadRegularFile(const std::string& relative, size_t limit, std::string& out) const {
  int fd = OpenRegularFile(relative);
  if (fd < 0) return false;
  bool read = ReadAtMost(fd, limit, out);
  close(fd);
  return read;
}

bool FolderHandle::LinkOpenFile(int fd, const std::string& relative) const {
  // Linking by descriptor: AT_EMPTY_PATH would need CAP_DAC_READ_SEARCH, /proc does not.
  std::string by_descriptor = "/proc/self/fd/" + std::to_string(fd);
  return linkat(AT_FDCWD, by_descriptor.c_str(), fd_, relative.c_str(), AT_SYMLINK_FOLLOW) == 0;
}

bool FolderHandle::SyncFileSystem() const { return fd_ >= 0 && syncfs(fd_) == 0; }

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
