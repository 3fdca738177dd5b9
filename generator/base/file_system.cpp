#include "base/file_system.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>

namespace enindgang {

// One open, one fstat and one read into a string of the right size: reading
// through ifstream and ostringstream had cost as much again as the system
// calls on a site of 10,000 pages.
std::optional<std::string> ReadFile(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat info {};
  std::string bytes;
  bool ok = ::fstat(fd, &info) == 0 && !S_ISDIR(info.st_mode);
  if (ok && info.st_size > 0) bytes.resize(static_cast<size_t>(info.st_size));
  // A regular file is read up to the size fstat gave; anything else (a pipe)
  // until the end, growing the string as it goes.
  const bool sized = ok && S_ISREG(info.st_mode);
  size_t filled = 0;
  while (ok && !(sized && filled == bytes.size())) {
    if (filled == bytes.size()) bytes.resize(bytes.size() + 4096);
    const ssize_t n = ::read(fd, bytes.data() + filled, bytes.size() - filled);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ok = n == 0;
      break;
    }
    filled += static_cast<size_t>(n);
  }
  ::close(fd);
  if (!ok) return std::nullopt;
  bytes.resize(filled);
  return bytes;
}

bool WriteFile(const std::filesystem::path& path, std::string_view bytes) {
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return false;
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out);
}

std::string RelativeName(const std::filesystem::path& path, const std::filesystem::path& base) {
  std::error_code ec;
  auto rel = std::filesystem::relative(path, base, ec);
  if (ec || rel.empty() || rel.native().starts_with("..")) return path.generic_string();
  return rel.generic_string();
}

}  // namespace enindgang
