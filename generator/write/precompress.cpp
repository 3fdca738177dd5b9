#include "write/precompress.h"

namespace enindgang {

bool ShouldPrecompress(std::string_view path) {
  for (std::string_view extension : {".html", ".css", ".js", ".json", ".xml", ".txt", ".svg"})
    if (path.ends_with(extension)) return true;
  return false;
}

}  // namespace enindgang
