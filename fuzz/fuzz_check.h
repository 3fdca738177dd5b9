#pragma once
#include <cstdio>
#include <cstdlib>

#include "base/diagnostics.h"

// A property every input must keep. Fails loudly so that libFuzzer records
// the input as a crash (assert() would vanish in release builds).
#define FUZZ_CHECK(condition)                                                                    \
  do {                                                                                           \
    if (!(condition)) {                                                                          \
      std::fprintf(stderr, "%s:%d: FUZZ_CHECK failed: %s\n", __FILE__, __LINE__, #condition);   \
      std::abort();                                                                              \
    }                                                                                            \
  } while (0)

// To see what the generator says about a finding, reproduce it with
// FUZZ_PRINT=1 build-fuzz/fuzz/fuzz_<target> FILE: the messages come first.
inline void PrintIfAsked(const enindgang::Diagnostics& diagnostics) {
  static const bool print = std::getenv("FUZZ_PRINT") != nullptr;
  if (!print) return;
  for (const auto& d : diagnostics.Sorted()) std::fprintf(stderr, "%s\n", d.Format().c_str());
}
