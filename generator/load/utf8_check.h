#pragma once
#include <string>
#include <string_view>

#include "base/diagnostics.h"

namespace enindgang {

// Reports a file saved as UTF-16 (its byte order mark, or a NUL byte in its
// first two), once, instead of every line as invalid UTF-8 "from Latin-1".
// True if it did.
bool RejectUtf16(std::string_view bytes, const std::string& path, Diagnostics& diagnostics, int line_offset = 0);

// Reports the first invalid UTF-8 sequence of every line that has one (a file
// saved as Latin-1 would otherwise get an error for every æ, ø and å), from
// byte `start` on (after a byte order mark). `line_offset` is added to the
// line numbers (front matter starts after its ---). False if there was any.
bool CheckUtf8(std::string_view bytes, size_t start, const std::string& path, Diagnostics& diagnostics,
               int line_offset = 0);

// Reports the first character of every line that no page or feed may carry
// (text::FindForbiddenControl), as CheckUtf8 reports bytes; a NUL byte as the
// sign of a file saved as UTF-16. `bytes` must be
// valid UTF-8. False if there was any.
bool CheckControls(std::string_view bytes, size_t start, const std::string& path, Diagnostics& diagnostics,
                   int line_offset = 0);

}  // namespace enindgang
