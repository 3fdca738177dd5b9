#pragma once
#include <string>
#include <string_view>

namespace enindgang {

// Text files nginx may serve precompressed (gzip_static): html, css, js, json, xml, txt, svg.
bool ShouldPrecompress(std::string_view path);

// The bytes as a .gz file (zlib, gzip header, level 6: most of level 9's size at a fraction of its time).
std::string Gzip(std::string_view bytes);

}  // namespace enindgang
