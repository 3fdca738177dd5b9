#pragma once
#include <string_view>

namespace enindgang {

// Size of `bytes` gzip-compressed at the best level (zlib), as a browser would download them.
size_t GzipSize(std::string_view bytes);

}  // namespace enindgang
