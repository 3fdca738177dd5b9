#include "write/site_writer.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <atomic>

#include "base/file_system.h"
#include "base/thread_pool.h"

namespace enindgang {
namespace fs = std::filesystem;
namespace {

bool WriteAll(const fs::path& folder, const RenderedSite& site, Diagnostics& diagnostics) {
  size_t total = site.pages.size() + site.files.size();
  std::atomic<bool> ok{true};
  ParallelFor(total, [&](size_t i, size_t) {
    const std::string& path = i < site.pages.size() ? site.pages[i].output_path : site.files[i - site.pages.size()].path;
    const std::string& bytes = i < site.pages.size() ? site.pages[i].html : site.files[i - site.pages.size()].bytes;
    if (!WriteFile(folder / path, bytes)) {
      diagnostics.Error({(folder / path).generic_string(), 0, 0}, "cannot write the file", "check free disk space and permissions");
      ok = false;
    }
  });
  return ok;
}

}  // namespace

bool WriteSiteAtomically(const fs::path& out, const RenderedSite& site, Diagnostics& diagnostics) {
  fs::path target = fs::absolute(out).lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  fs::path staging = target.parent_path() / ("." + target.filename().string() + ".new-" + std::to_string(getpid()));
  std::error_code ec;
  fs::remove_all(staging, ec);
  fs::create_directories(staging, ec);
  if (ec) {
    diagnostics.Error({staging.generic_string(), 0, 0}, "cannot create the staging folder: " + ec.message(),
                      "check that the output's parent folder exists and is writable");
    return false;
  }
  if (!WriteAll(staging, site, diagnostics)) {
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
  fs::remove_all(staging, ec);  // after the exchange, staging holds the previous site
  return true;
}

}  // namespace enindgang
