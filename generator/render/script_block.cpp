#include "render/script_block.h"

namespace enindgang {

std::string JsonForScriptBlock(const nlohmann::json& json) {
  // Invalid UTF-8 (the loaders refuse it) would make dump() throw; replaced, it cannot break the page either.
  const std::string text = json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '<') out += "\\u003c";
    else if (c == '>') out += "\\u003e";
    else if (c == '&') out += "\\u0026";
    else out += c;
  }
  return out;
}

}  // namespace enindgang
