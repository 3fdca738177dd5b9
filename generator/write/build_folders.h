#pragma once
#include <filesystem>

namespace enindgang {

// The folders a build makes beside the output folder "public", and the only
// ones it ever deletes there: .public.new-<pid> where it stages the new site,
// .public.old-<pid> where the previous site waits to be deleted. Each holds
// .enindgang-manifest from the moment it is made until it is deleted
// (the manifest goes last), so a name alone is never enough.

// The folder beside `target` where this process stages ("new") or parks ("old") a site.
std::filesystem::path BuildFolder(const std::filesystem::path& target, const char* kind);

// Deletes the build folders beside `target` of builds that are no longer running.
void RemoveLeftovers(const std::filesystem::path& target);

// Deletes a build folder (the manifest last) in a detached process: deleting
// thousands of files is slow on some disks and nobody waits for it.
void RemoveInBackground(const std::filesystem::path& folder);

}  // namespace enindgang
