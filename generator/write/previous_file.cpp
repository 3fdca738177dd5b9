#include "write/previous_file.h"

#include <libdeflate.h>
#include <unistd.h>

#include <cstring>
#include <memory>

namespace enindgang {
namespace {

bool SameBytes(std::string_view old, std::string_view bytes) { return old == bytes; }

bool GunzipsTo(std::string_view gz, std::string_view bytes) {
  // Byte 3 is FLG: 0 means no file name, comment or extra field, as libdeflate writes it.
  if (gz.size() < 18 || gz[3] != 0) return false;
  thread_local std::unique_ptr<libdeflate_decompressor, decltype(&libdeflate_free_decompressor)> decompressor(
      libdeflate_alloc_decompressor(), &libdeflate_free_decompressor);
  thread_local std::string out;
  out.resize(bytes.size());
  size_t in_used = 0, out_made = 0;
  auto result = libdeflate_gzip_decompress_ex(decompressor.get(), gz.data(), gz.size(), out.data(), out.size(),
                                              &in_used, &out_made);
  return result == LIBDEFLATE_SUCCESS && in_used == gz.size() && out_made == bytes.size() &&
         std::memcmp(out.data(), bytes.data(), bytes.size()) == 0;
}

bool KeepIfMatching(const FolderHandle& previous, const FolderHandle& staging, const std::string& path,
                    std::string_view bytes, size_t limit, bool (*matches)(std::string_view, std::string_view)) {
  int fd = previous.OpenRegularFile(path);
  if (fd < 0) return false;
  thread_local std::string old;
  bool kept = ReadAtMost(fd, limit, old) && matches(old, bytes) && staging.LinkOpenFile(fd, path);
  close(fd);
  return kept;
}

}  // namespace

bool KeepPreviousFile(const FolderHandle& previous, const FolderHandle& staging, const std::string& path,
                      std::string_view bytes) {
  return KeepIfMatching(previous, staging, path, bytes, bytes.size(), SameBytes);
}

bool KeepPreviousGzip(const FolderHandle& previous, const FolderHandle& staging, const std::string& gz_path,
                      std::string_view bytes) {
  // Deflate never grows data by more than a few bytes per 16 KB block, plus the 18-byte frame.
  return KeepIfMatching(previous, staging, gz_path, bytes, bytes.size() + bytes.size() / 8 + 1024, GunzipsTo);
}

}  // namespace enindgang
