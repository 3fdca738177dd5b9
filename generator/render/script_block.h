#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace enindgang {

// JSON as the text of a <script type="application/json"> or
// "application/ld+json" block. "<", ">" and "&" are written \u003c, \u003e
// and \u0026 (the same string to a JSON reader), so no value — "</script>",
// "<!--" — can end the block early or start markup in the page.
std::string JsonForScriptBlock(const nlohmann::json& json);

}  // namespace enindgang
