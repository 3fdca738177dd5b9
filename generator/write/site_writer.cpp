#include "write/site_writer.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <mutex>
#include <set>

#include "base/file_system.h"
#include "base/thread_pool.h"
#include "write/output_manifest.h"
#include "write/precompress.h"

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

// Creates each parent folder once, not once per file.
class FolderMaker {
 public:
  explicit FolderMaker(fs::path root) : root_(std::move(root)) {}
  void MakeParentOf(const std::string& path) {
    auto slash = path.rfind('/');
    if (slash == std::string::npos) return;
    std::string folder = path.substr(0, slash);
    {
      std::lock_guard lock(mutex_);
      if (made_.count(folder)) return;
    }
    std::error_code ec;
    fs::create_directories(root_ / folder, ec);
    std::lock_guard lock(mutex_);
    made_.insert(folder);
  }

 private:
  fs::path root_;
  std::mutex mutex_;
  std::set<std::string> made_;
};

// Keeps the previous build's file (a hard link: same inode, same mtime) when
// its bytes are unchanged; writes it otherwise. Same for its .gz twin.
bool PlaceFile(const fs::path& staging, const fs::path& previous, const OutputManifest& old_manifest,
               const std::string& path, const std::string& bytes, const std::string& fingerprint) {
  bool unchanged = old_manifest.Unchanged(path, fingerprint);
  bool gz = ShouldPrecompress(path);
  if (unchanged && link((previous / path).c_str(), (staging / path).c_str()) == 0) {
    if (!gz || link((previous / (path + ".gz")).c_str(), (staging / (path + ".gz")).c_str()) == 0) return true;
    return WriteFile(staging / (path + ".gz"), Gzip(bytes));
  }
  if (!WriteFile(staging / path, bytes)) return false;
  return !gz || WriteFile(staging / (path + ".gz"), Gzip(bytes));
}

bool WriteAll(const fs::path& staging, const fs::path& previous, const RenderedSite& site, Diagnostics& diagnostics) {
  auto files = FilesOf(site);
  OutputManifest old_manifest = OutputManifest::Read(previous);
  std::vector<std::string> fingerprints(files.size());
  FolderMaker folders(staging);
  std::atomic<bool> ok{true};
  ParallelFor(files.size(), [&](size_t i, size_t) {
    const std::string& path = *files[i].path;
    fingerprints[i] = OutputManifest::Fingerprint(*files[i].bytes);
    folders.MakeParentOf(path);
    if (!PlaceFile(staging, previous, old_manifest, path, *files[i].bytes, fingerprints[i])) {
      diagnostics.Error({(staging / path).generic_string(), 0, 0}, "cannot write the file",
                        "check free disk space and permissions");
      ok = false;
    }
  });
  OutputManifest manifest;
  for (size_t i = 0; i < files.size(); ++i) manifest.Set(*files[i].path, fingerprints[i]);
  return ok && WriteFile(staging / OutputManifest::kFileName, manifest.Serialize());
}

// Deleting thousands of files of the previous site is slow on some disks and
// nobody waits for it: a detached child process does it after the swap.
void RemoveInBackground(const fs::path& folder) {
  pid_t child = fork();
  if (child == 0) {
    if (fork() == 0) {  // the grandchild is adopted by init, so nobody has to reap it
      std::error_code ec;
      fs::remove_all(folder, ec);
    }
    _exit(0);
  }
  if (child > 0) waitpid(child, nullptr, 0);
  else {
    std::error_code ec;
    fs::remove_all(folder, ec);
  }
}

// Staging and old folders left behind by a build that was killed.
void RemoveLeftovers(const fs::path& target) {
  std::error_code ec;
  std::string prefix = "." + target.filename().string() + ".";
  for (const auto& entry : fs::directory_iterator(target.parent_path(), ec)) {
    std::string name = entry.path().filename().string();
    if (!name.starts_with(prefix)) continue;
    auto dash = name.rfind('-');
    pid_t owner = dash == std::string::npos ? 0 : std::atoi(name.c_str() + dash + 1);
    if (owner > 0 && owner != getpid() && kill(owner, 0) == 0) continue;  // another build is still running
    fs::remove_all(entry.path(), ec);
  }
}

}  // namespace

bool WriteSiteAtomically(const fs::path& out, const RenderedSite& site, Diagnostics& diagnostics) {
  fs::path target = fs::absolute(out).lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  RemoveLeftovers(target);
  fs::path staging = target.parent_path() / ("." + target.filename().string() + ".new-" + std::to_string(getpid()));
  fs::remove_all(staging, ec);
  fs::create_directories(staging, ec);
  if (ec) {
    diagnostics.Error({staging.generic_string(), 0, 0}, "cannot create the staging folder: " + ec.message(),
                      "check that the output's parent folder exists and is writable");
    return false;
  }
  if (!WriteAll(staging, target, site, diagnostics)) {
    fs::remove_all(staging, ec);
    return false;
  }
  if (!fs::exists(target)) {
    fs::rename(staging, target, ec);
  } else if (renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) != 0) {
    ec.assign(errno, std::generic_category());
  }
  if (ec) {
    diagnostics.Error({target.generic_string(), 0, 0}, "cannot put the new site in place: " + ec.message(), "");
    fs::remove_all(staging, ec);
    return false;
  }
  if (fs::exists(staging)) {  // after the exchange, staging holds the previous site
    fs::path old = target.parent_path() / ("." + target.filename().string() + ".old-" + std::to_string(getpid()));
    fs::rename(staging, old, ec);
    RemoveInBackground(ec ? staging : old);
  }
  return true;
}

}  // namespace enindgang
