#pragma once
#include <string>
#include <string_view>

namespace enindgang {

// Text files nginx may serve precompressed (gzip_static): html, css, js, json, xml, txt, svg.
bool ShouldPrecompress(std::string_view path);

// The bytes as a .gz file (gzip format, libdeflate's fastest level: within a few percent of the smallest).
std::string Gzip(std::string_view bytes);

}  // namespace enindgang
