#include "base/file_system.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <fstream>

namespace enindgang {

// One open, one fstat and one read into a string of the right size: reading
// through ifstream and ostringstream had cost as much again as the system
// calls on a site of 10,000 pages. O_NONBLOCK: opening a FIFO for reading
// would otherwise wait for a writer; fstat then refuses it unread.
BoundedRead ReadBounded(const std::filesystem::path& path, uint64_t max_bytes) {
  BoundedRead result;
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) {
    result.failure = errno == ENOENT || errno == ENOTDIR ? ReadFailure::kMissing
                     : errno == ENXIO                    ? ReadFailure::kNotRegular  // a socket
                                                         : ReadFailure::kUnreadable;
    return result;
  }
  struct stat info {};
  if (::fstat(fd, &info) != 0) result.failure = ReadFailure::kUnreadable;
  else if (!S_ISREG(info.st_mode)) result.failure = ReadFailure::kNotRegular;
  else if ((result.size = static_cast<uint64_t>(info.st_size)) > max_bytes) result.failure = ReadFailure::kTooLarge;
  std::string bytes(result.failure == ReadFailure::kNone ? result.size : 0, '\0');
  // A file that grows while it is read is read up to the size fstat gave.
  size_t filled = 0;
  while (result.failure == ReadFailure::kNone && filled < bytes.size()) {
    const ssize_t n = ::read(fd, bytes.data() + filled, bytes.size() - filled);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) result.failure = ReadFailure::kUnreadable;
    if (n <= 0) break;
    filled += static_cast<size_t>(n);
  }
  ::close(fd);
  if (result.failure != ReadFailure::kNone) return result;
  bytes.resize(filled);
  result.bytes = std::move(bytes);
  return result;
}

std::optional<std::string> ReadFile(const std::filesystem::path& path) { return ReadBounded(path).bytes; }

bool WriteFile(const std::filesystem::path& path, std::string_view bytes) {
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return false;
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out);
}

bool IsWithin(const std::filesystem::path& inner, const std::filesystem::path& outer) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path rel =
      fs::weakly_canonical(fs::absolute(inner), ec).lexically_relative(fs::weakly_canonical(fs::absolute(outer), ec));
  return !rel.empty() && *rel.begin() != "..";
}

bool IsCleanRelativePath(std::string_view path) {
  if (path.empty() || path.front() == '/' || path.find('\\') != std::string_view::npos) return false;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = std::min(path.find('/', start), path.size());
    std::string_view segment = path.substr(start, end - start);
    if (segment.empty() || segment == "." || segment == "..") return false;
    start = end + 1;
  }
  return true;
}

std::string RelativeName(const std::filesystem::path& path, const std::filesystem::path& base) {
  auto rel = path.lexically_relative(base);
  if (rel.empty() || rel.native().starts_with("..")) return path.generic_string();
  return rel.generic_string();
}

}  // namespace enindgang
