#include "base/diagnostics.h"

#include <algorithm>
#include <tuple>

namespace enindgang {

std::string Diagnostic::Format() const {
  std::string out = where.path;
  if (where.line > 0) {
    out += ':';
    out += std::to_string(where.line);
    out += ':';
    out += std::to_string(where.column > 0 ? where.column : 1);
  }
  out += severity == Severity::kError ? ": error: " : ": warning: ";
  out += message;
  if (!hint.empty()) {
    out += " — ";
    out += hint;
  }
  return out;
}

Diagnostics::Diagnostics(const Diagnostics& other) {
  std::lock_guard lock(other.mutex_);
  items_ = other.items_;
}

void Diagnostics::Error(SourcePosition where, std::string message, std::string hint) {
  Add({Severity::kError, std::move(where), std::move(message), std::move(hint)});
}

void Diagnostics::Warning(SourcePosition where, std::string message, std::string hint) {
  Add({Severity::kWarning, std::move(where), std::move(message), std::move(hint)});
}

void Diagnostics::Add(Diagnostic diagnostic) {
  std::lock_guard lock(mutex_);
  items_.push_back(std::move(diagnostic));
}

void Diagnostics::Merge(const Diagnostics& other) {
  for (auto& d : other.Sorted()) Add(d);
}

bool Diagnostics::HasErrors() const {
  std::lock_guard lock(mutex_);
  return std::any_of(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

int Diagnostics::ErrorCount() const { return static_cast<int>(SortedOf(Severity::kError).size()); }

std::vector<Diagnostic> Diagnostics::Sorted() const {
  std::vector<Diagnostic> copy;
  {
    std::lock_guard lock(mutex_);
    copy = items_;
  }
  auto key = [](const Diagnostic& d) {
    return std::tie(d.where.path, d.where.line, d.where.column, d.severity, d.message, d.hint);
  };
  std::sort(copy.begin(), copy.end(), [&](const auto& a, const auto& b) { return key(a) < key(b); });
  copy.erase(std::unique(copy.begin(), copy.end(), [&](const auto& a, const auto& b) { return key(a) == key(b); }),
             copy.end());
  return copy;
}

std::vector<Diagnostic> Diagnostics::SortedOf(Severity severity) const {
  auto all = Sorted();
  std::erase_if(all, [&](const Diagnostic& d) { return d.severity != severity; });
  return all;
}

}  // namespace enindgang
