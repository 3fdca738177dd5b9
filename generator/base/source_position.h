#pragma once
#include <string>

namespace enindgang {

// Where a value came from, so that any later stage can point a user at it.
// Lines and columns count from 1; column counts UTF-8 code points.
struct SourcePosition {
  std::string path;
  int line = 0;
  int column = 0;
};

}  // namespace enindgang
