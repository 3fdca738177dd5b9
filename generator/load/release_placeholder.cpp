#include "load/release_placeholder.h"

namespace enindgang {

const char* const kDefaultReleasePlaceholder =
    R"(\[(UDFYLDES|INDSÆTTES|INDSÆT|TJEK FØR UDGIVELSE|FIRKANTEDE PARENTESER)"
    R"(|TO BE FILLED IN|TO BE ADDED|CHECK BEFORE PUBLISHING|SQUARE BRACKETS|TODO|FIXME)"
    R"(|ЗАПОВНИТИ|ДОДАТИ|ПЕРЕВІРИТИ|КВАДРАТНИХ ДУЖКАХ)"
    R"(|يُملأ|تُضاف|يُتحقق|أقواس مربعة)[^\]]*\])";

std::optional<std::regex> CompileReleasePlaceholder(const std::string& pattern, std::string* error) {
  try {
    return std::regex(pattern, std::regex::ECMAScript | std::regex::optimize);
  } catch (const std::regex_error& e) {
    if (error) *error = e.what();
    return std::nullopt;
  }
}

}  // namespace enindgang
