#include "write/site_writer.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>

#include "base/file_system.h"
#include "base/thread_pool.h"
#include "render/gzip.h"
#include "write/folder_handle.h"
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

// Keeps the previous build's file (a hard link: same inode, same mtime) when
// its bytes are unchanged; writes it otherwise. Same for its .gz twin.
bool PlaceFile(const FolderHandle& staging, const FolderHandle& previous, const OutputManifest& old_manifest,
               const std::string& path, const std::string& bytes, const std::string& fingerprint) {
  bool unchanged = old_manifest.Unchanged(path, fingerprint);
  bool gz = ShouldPrecompress(path);
  const std::string gz_path = gz ? path + ".gz" : "";
  if (unchanged && staging.LinkFrom(previous, path)) {
    return !gz || staging.LinkFrom(previous, gz_path) || staging.Write(gz_path, Gzip(bytes));
  }
  if (!staging.Write(path, bytes)) return false;
  return !gz || staging.Write(gz_path, Gzip(bytes));
}

bool WriteAll(const fs::path& staging_path, const fs::path& previous_path, const RenderedSite& site,
              Diagnostics& diagnostics) {
  auto files = FilesOf(site);
  OutputManifest old_manifest = OutputManifest::Read(previous_path);
  std::vector<std::string> fingerprints(files.size());
  FolderHandle staging(staging_path);
  const FolderHandle previous(previous_path);  // not ok() on a first build: nothing to keep
  std::atomic<bool> ok{staging.ok()};
  ParallelFor(staging.ok() ? files.size() : 0, [&](size_t i, size_t) {
    const std::string& path = *files[i].path;
    fingerprints[i] = OutputManifest::Fingerprint(*files[i].bytes);
    staging.MakeParentOf(path);
    if (!PlaceFile(staging, previous, old_manifest, path, *files[i].bytes, fingerprints[i])) {
      diagnostics.Error({(staging_path / path).generic_string(), 0, 0}, "cannot write the file",
                        "check free disk space and permissions");
      ok = false;
    }
  });
  OutputManifest manifest;
  for (size_t i = 0; i < files.size(); ++i) manifest.Set(*files[i].path, fingerprints[i]);
  return ok && staging.Write(OutputManifest::kFileName, manifest.Serialize());
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
// ".public." for the output folder "public": the start of the names of its
// staging and old folders. (Built by appending: GCC 12 at -O3 gives a false
// -Wrestrict warning for "." + string.)
std::string HiddenPrefix(const fs::path& target) {
  std::string prefix(".");
  prefix += target.filename().string();
  prefix += '.';
  return prefix;
}

// The folder beside `target` where this process stages ("new") or parks ("old") a site.
fs::path Sibling(const fs::path& target, const char* kind) {
  return target.parent_path() / (HiddenPrefix(target) + kind + "-" + std::to_string(getpid()));
}

void RemoveLeftovers(const fs::path& target) {
  std::error_code ec;
  std::string prefix = HiddenPrefix(target);
  for (const auto& entry : fs::directory_iterator(target.parent_path(), ec)) {
    std::string name = entry.path().filename().string();
    if (!name.starts_with(prefix)) continue;
    auto dash = name.rfind('-');
    pid_t owner = dash == std::string::npos ? 0 : std::atoi(name.c_str() + dash + 1);
    if (owner > 0 && owner != getpid() && kill(owner, 0) == 0) continue;  // another build is still running
    fs::remove_all(entry.path(), ec);
  }
}

// The build replaces the output folder as a whole, and the old one is deleted.
// So the folder must be new, empty, or one an earlier build wrote (it has the
// manifest): `--out .` in the site's folder, or `--out ~`, must never delete
// what is there.
bool MayReplace(const fs::path& target, const fs::path& out, Diagnostics& diagnostics) {
  std::error_code ec;
  if (!fs::exists(target, ec)) return true;
  SourcePosition where{out.generic_string(), 0, 0};
  if (!fs::is_directory(target, ec)) {
    diagnostics.Error(where, "the output path is a file, not a folder", "choose a folder with --out");
    return false;
  }
  if (fs::is_empty(target, ec) || fs::exists(target / OutputManifest::kFileName, ec)) return true;
  diagnostics.Error(where, "the output folder holds files that enindgang did not write, and a build replaces the "
                           "whole folder",
                    "choose a new or empty folder with --out (the default is public/ in the site's folder)");
  return false;
}

}  // namespace

bool WriteSiteAtomically(const fs::path& out, const RenderedSite& site, Diagnostics& diagnostics) {
  fs::path target = fs::absolute(out).lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  if (!MayReplace(target, out, diagnostics)) return false;
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  RemoveLeftovers(target);
  fs::path staging = Sibling(target, "new");
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
    fs::path old = Sibling(target, "old");
    fs::rename(staging, old, ec);
    RemoveInBackground(ec ? staging : old);
  }
  return true;
}

}  // namespace enindgang
