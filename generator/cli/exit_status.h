#pragma once

namespace enindgang {

// Exit statuses, as documented in --help.
enum ExitStatus { kExitOk = 0, kExitInputError = 1, kExitUsage = 2 };

}  // namespace enindgang
