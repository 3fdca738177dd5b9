#pragma once
#include <string>

namespace enindgang {

// JSON made safe to stand inside a <script type="application/…json"> data
// block: "<", ">" and "&" become \u003c, \u003e and \u0026, so no value (a
// CSV cell holding "</script>" or "<!--") can end the block or open markup,
// while JSON.parse reads the same data. The one home of that rule.
std::string EscapeForScriptBlock(const std::string& json);

}  // namespace enindgang
