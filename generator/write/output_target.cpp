#include "write/output_target.h"

#include "write/output_manifest.h"

namespace enindgang {
namespace fs = std::filesystem;

std::optional<fs::path> OutputTarget(const fs::path& out, Diagnostics& diagnostics) {
  SourcePosition where{out.generic_string(), 0, 0};
  fs::path target = fs::absolute(out).lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  std::error_code ec;
  if (fs::is_symlink(target, ec)) {
    target = fs::canonical(target, ec);
    if (ec) {
      diagnostics.Error(where, "the output path is a link to something that does not exist",
                        "point the link at a folder, or remove it and let the build create the folder");
      return std::nullopt;
    }
  }
  if (!fs::exists(target, ec)) return target;
  if (!fs::is_directory(target, ec)) {
    diagnostics.Error(where, "the output path is a file, not a folder", "choose a folder with --out");
    return std::nullopt;
  }
  if (fs::is_empty(target, ec) || fs::exists(target / OutputManifest::kFileName, ec)) return target;
  diagnostics.Error(where,
                    "the output folder holds files that enindgang did not write, and a build replaces the "
                    "whole folder",
                    "choose a new or empty folder with --out (the default is public/ in the site's folder)");
  return std::nullopt;
}

}  // namespace enindgang
