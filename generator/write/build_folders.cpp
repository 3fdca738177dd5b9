#include "write/build_folders.h"

#include <errno.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <string_view>

#include "write/output_manifest.h"

namespace enindgang {
namespace fs = std::filesystem;
namespace {

// ".public." for the output folder "public". (Built by appending: GCC 12 at
// -O3 gives a false -Wrestrict warning for "." + string.)
std::string HiddenPrefix(const fs::path& target) {
  std::string prefix(".");
  prefix += target.filename().string();
  prefix += '.';
  return prefix;
}

// The pid in `name` when it is exactly <prefix>new-<digits> or <prefix>old-<digits>; 0 otherwise.
pid_t OwnerOf(std::string_view name, std::string_view prefix) {
  if (!name.starts_with(prefix)) return 0;
  name.remove_prefix(prefix.size());
  if (!name.starts_with("new-") && !name.starts_with("old-")) return 0;
  name.remove_prefix(4);
  if (name.empty() || name.size() > 9 || name.front() == '0') return 0;
  pid_t pid = 0;
  for (char c : name) {
    if (c < '0' || c > '9') return 0;
    pid = pid * 10 + (c - '0');
  }
  return pid;
}

// A real folder (not a link to one) that holds the manifest or nothing.
bool LooksBuilt(const fs::path& folder) {
  std::error_code ec;
  if (!fs::is_directory(fs::symlink_status(folder, ec))) return false;
  return fs::is_regular_file(fs::symlink_status(folder / OutputManifest::kFileName, ec)) || fs::is_empty(folder, ec);
}

void RemoveBuildFolder(const fs::path& folder) {
  std::error_code ec;
  // Swapped for a link since it was checked: delete the link, never what it leads to.
  if (!fs::is_directory(fs::symlink_status(folder, ec))) {
    fs::remove(folder, ec);
    return;
  }
  for (const auto& entry : fs::directory_iterator(folder, ec))
    if (entry.path().filename() != OutputManifest::kFileName) fs::remove_all(entry.path(), ec);
  fs::remove_all(folder, ec);
}

}  // namespace

fs::path BuildFolder(const fs::path& target, const char* kind) {
  return target.parent_path() / (HiddenPrefix(target) + kind + "-" + std::to_string(getpid()));
}

void RemoveLeftovers(const fs::path& target) {
  std::error_code ec;
  std::string prefix = HiddenPrefix(target);
  for (const auto& entry : fs::directory_iterator(target.parent_path(), ec)) {
    pid_t owner = OwnerOf(entry.path().filename().string(), prefix);
    if (owner == 0 || !LooksBuilt(entry.path())) continue;
    bool running = kill(owner, 0) == 0 || errno == EPERM;  // EPERM: alive, but another user's
    if (owner != getpid() && running) continue;            // another build is still running
    RemoveBuildFolder(entry.path());
  }
}

void RemoveInBackground(const fs::path& folder) {
  pid_t child = fork();
  if (child == 0) {
    if (fork() == 0) RemoveBuildFolder(folder);  // the grandchild is adopted by init, so nobody has to reap it
    _exit(0);
  }
  if (child > 0) waitpid(child, nullptr, 0);
  else RemoveBuildFolder(folder);
}

}  // namespace enindgang
