#pragma once
#include <string>
#include <string_view>

namespace enindgang {

// The bytes as a .gz file (gzip format, libdeflate's fastest level: within a
// few percent of the smallest). The same bytes nginx serves from the .gz twin,
// so the lookup's download size in the build summary is what a phone gets.
std::string Gzip(std::string_view bytes);

}  // namespace enindgang
