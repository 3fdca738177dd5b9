#pragma once
#include <mutex>
#include <string>
#include <vector>

#include "base/source_position.h"

namespace enindgang {

enum class Severity { kError, kWarning };

// One problem found in the user's input: what is wrong, and what to do about it.
struct Diagnostic {
  Severity severity = Severity::kError;
  SourcePosition where;
  std::string message;  // what is wrong
  std::string hint;     // how to fix it; may be empty

  // "path:line:col: error: message — hint"
  std::string Format() const;
};

// Collects every problem of a run so that the user sees all of them at once,
// sorted by file and line. Safe to use from several render threads.
class Diagnostics {
 public:
  Diagnostics() = default;
  Diagnostics(const Diagnostics& other);
  Diagnostics& operator=(const Diagnostics&) = delete;

  void Error(SourcePosition where, std::string message, std::string hint = {});
  void Warning(SourcePosition where, std::string message, std::string hint = {});
  void Add(Diagnostic diagnostic);
  void Merge(const Diagnostics& other);

  bool HasErrors() const;
  int ErrorCount() const;
  // Sorted by path, line, column; identical entries reported once.
  std::vector<Diagnostic> Sorted() const;
  std::vector<Diagnostic> SortedOf(Severity severity) const;

 private:
  mutable std::mutex mutex_;
  std::vector<Diagnostic> items_;
};

}  // namespace enindgang
