#pragma once
#include <string>
#include <string_view>

namespace enindgang {

// Text files nginx may serve precompressed (gzip_static): html, css, js, json, xml, txt, svg.
bool ShouldPrecompress(std::string_view path);

}  // namespace enindgang
