#pragma once
#include <string>
#include <string_view>

#include "write/folder_handle.h"

namespace enindgang {

// Keeping a file of the previous build (a hard link: same inode and
// modification time) only when it provably holds what this build would write.
// The manifest says which files are worth a look; it is not trusted, since the
// output may have been changed after it was built. The file must be a regular
// file reached through no symlink; the inode that was compared is the one linked.

// Links `path` from `previous` into `staging` when it holds exactly `bytes`.
bool KeepPreviousFile(const FolderHandle& previous, const FolderHandle& staging, const std::string& path,
                      std::string_view bytes);

// Links the gzip file `gz_path` when it is one gzip member, without optional
// header fields, that decompresses to exactly `bytes` and ends there.
bool KeepPreviousGzip(const FolderHandle& previous, const FolderHandle& staging, const std::string& gz_path,
                      std::string_view bytes);

}  // namespace enindgang
