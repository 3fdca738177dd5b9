#pragma once
#include <filesystem>
#include <iosfwd>

#include "model/build_options.h"

namespace enindgang {

struct BuildRequest {
  std::filesystem::path source = ".";
  std::filesystem::path out;  // empty: <source>/public
  BuildOptions options;
  bool write = true;  // false: load, render and check only (enindgang check)
};

// Exit statuses, as documented in --help.
enum ExitStatus { kExitOk = 0, kExitInputError = 1, kExitUsage = 2 };

// The recipe: load → model → render → check → write, a timing line per stage.
// Prints every problem, sorted, to `err`; the summary to `out`.
int RunBuild(const BuildRequest& request, std::ostream& out, std::ostream& err);

}  // namespace enindgang
