#pragma once
#include <iosfwd>

#include "build/recipe.h"
#include "cli/exit_status.h"

namespace enindgang {

// `enindgang build`: the recipe (build/recipe.h), then the write stage, a
// timing line per stage. Prints every problem, sorted, to `err`; the summary
// to `out`. Exit status: kExitOk, or kExitInputError with nothing written.
int RunBuild(const BuildRequest& request, std::ostream& out, std::ostream& err);

}  // namespace enindgang
