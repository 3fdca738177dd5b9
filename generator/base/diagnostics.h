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
  // Errors as every summary counts them: identical entries once, as Sorted() shows them.
  int ErrorCount() const;
  // Sorted by path, line, column; identical entries reported once.
  std::vector<Diagnostic> Sorted() const;
  std::vector<Diagnostic> SortedOf(Severity severity) const;

 private:
  mutable std::mutex mutex_;
  std::vector<Diagnostic> items_;
};

// The problems of one loader or stage, passed on to the caller's list when it
// returns. Whether that step failed is read from its own problems: a counter
// on the caller's list, which other threads add to while pages are parsed in
// parallel, would blame it for theirs.
//   std::optional<X> LoadX(..., Diagnostics& reported) {
//     ScopedDiagnostics diagnostics(reported);
//     ...
//     if (diagnostics.HasErrors()) return std::nullopt;
class ScopedDiagnostics : public Diagnostics {
 public:
  explicit ScopedDiagnostics(Diagnostics& into) : into_(into) {}
  ScopedDiagnostics(const ScopedDiagnostics&) = delete;
  ~ScopedDiagnostics() { into_.Merge(*this); }

 private:
  Diagnostics& into_;
};

}  // namespace enindgang
