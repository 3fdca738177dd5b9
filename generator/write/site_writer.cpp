#include "write/site_writer.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>

#include "base/thread_pool.h"
#include "render/gzip.h"
#include "write/build_folders.h"
#include "write/folder_handle.h"
#include "write/output_manifest.h"
#include "write/output_target.h"
#include "write/precompress.h"
#include "write/previous_file.h"

namespace enindgang {
namespace fs = std::filesystem;
namespace {

struct FileToWrite {
  const std::string* path;
  const std::string* bytes;
};

std::vector<FileToWrite> FilesOf(const RenderedSite& site) {
  std::vector<FileToWrite> files;
  for (const auto& page : site.pages) files.push_back({&page.output_path, &page.html});
  for (const auto& file : site.files) files.push_back({&file.path, &file.bytes});
  return files;
}

// Keeps the previous build's file when the manifest says it had these bytes
// and it still has them (write/previous_file.h); writes it otherwise. Same for its .gz twin.
bool PlaceFile(const FolderHandle& staging, const FolderHandle& previous, const OutputManifest& old_manifest,
               const std::string& path, const std::string& bytes, const std::string& fingerprint) {
  bool gz = ShouldPrecompress(path);
  const std::string gz_path = gz ? path + ".gz" : "";
  if (old_manifest.Unchanged(path, fingerprint) && KeepPreviousFile(previous, staging, path, bytes)) {
    return !gz || KeepPreviousGzip(previous, staging, gz_path, bytes) || staging.Write(gz_path, Gzip(bytes));
  }
  if (!staging.Write(path, bytes)) return false;
  return !gz || staging.Write(gz_path, Gzip(bytes));
}

// Writes every file into `staging` and flushes it to disk, so that once the
// swap is done a power cut leaves the new site whole, not half of it.
bool WriteAll(const fs::path& staging_path, const fs::path& previous_path, const RenderedSite& site,
              Diagnostics& diagnostics) {
  auto files = FilesOf(site);
  FolderHandle staging(staging_path);
  const FolderHandle previous(previous_path);  // not ok() on a first build: nothing to keep
  // A manifest line is a fingerprint of at most 37 characters, a space, the path and a newline.
  size_t manifest_limit = 0;
  for (const auto& file : files) manifest_limit += file.path->size() + 40;
  OutputManifest old_manifest = OutputManifest::Read(previous, manifest_limit);
  std::vector<std::string> fingerprints(files.size());
  // First, so that a killed build's folder is recognised as a build's (write/build_folders.h).
  std::atomic<bool> ok{staging.ok() && staging.Write(OutputManifest::kFileName, "")};
  ParallelFor(ok ? files.size() : 0, [&](size_t i, size_t) {
    const std::string& path = *files[i].path;
    fingerprints[i] = OutputManifest::Fingerprint(*files[i].bytes);
    staging.MakeParentOf(path);
    if (!PlaceFile(staging, previous, old_manifest, path, *files[i].bytes, fingerprints[i])) {
      diagnostics.Error({(staging_path / path).generic_string(), 0, 0}, "cannot write the file",
                        "check free disk space and permissions");
      ok = false;
    }
  });
  if (!ok) return false;
  OutputManifest manifest;
  for (size_t i = 0; i < files.size(); ++i) manifest.Set(*files[i].path, fingerprints[i]);
  if (staging.Write(OutputManifest::kFileName, manifest.Serialize()) && staging.SyncFileSystem()) return true;
  diagnostics.Error({staging_path.generic_string(), 0, 0}, "cannot write the new site to disk",
                    "check free disk space and permissions");
  return false;
}

// Puts `staging` in place of `target` with one rename, then makes the rename
// itself durable (fsync of the folder that holds both).
std::error_code Swap(const fs::path& staging, const fs::path& target) {
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(target, ec))) {
    fs::rename(staging, target, ec);
  } else if (renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) != 0) {
    ec.assign(errno, std::generic_category());
  }
  if (ec) return ec;
  int parent = open(target.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (parent >= 0) {
    fsync(parent);
    close(parent);
  }
  return ec;
}

}  // namespace

bool WriteSiteAtomically(const fs::path& out, const RenderedSite& site, Diagnostics& diagnostics) {
  auto resolved = OutputTarget(out, diagnostics);
  if (!resolved) return false;
  const fs::path& target = *resolved;
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  RemoveLeftovers(target);
  fs::path staging = BuildFolder(target, "new");
  fs::remove_all(staging, ec);
  if (!fs::create_directory(staging, ec) || ec) {
    diagnostics.Error({staging.generic_string(), 0, 0},
                      "cannot create the staging folder" + (ec ? ": " + ec.message() : std::string()),
                      "check that the output's parent folder exists and is writable");
    return false;
  }
  if (!WriteAll(staging, target, site, diagnostics)) {
    fs::remove_all(staging, ec);
    return false;
  }
  if (ec = Swap(staging, target); ec) {
    diagnostics.Error({target.generic_string(), 0, 0}, "cannot put the new site in place: " + ec.message(), "");
    fs::remove_all(staging, ec);
    return false;
  }
  if (fs::exists(staging)) {  // after the exchange, staging holds the previous site
    fs::path old = BuildFolder(target, "old");
    fs::rename(staging, old, ec);
    RemoveInBackground(ec ? staging : old);
  }
  return true;
}

}  // namespace enindgang
