#include "base/input_file.h"

#include <cstdio>

namespace enindgang {
namespace {

// "64 MiB", "64.5 MiB": the size the way a file manager shows it.
std::string Mebibytes(uint64_t bytes) {
  char text[32];
  const double mib = static_cast<double>(bytes) / static_cast<double>(kMiB);
  if (bytes % kMiB == 0) std::snprintf(text, sizeof text, "%.0f MiB", mib);
  else std::snprintf(text, sizeof text, "%.1f MiB", mib);
  return text;
}

}  // namespace

void ReportReadFailure(const BoundedRead& read, const SourcePosition& where, const SizeLimit& limit,
                       Diagnostics& diagnostics) {
  switch (read.failure) {
    case ReadFailure::kNone:
      return;
    case ReadFailure::kMissing:
    case ReadFailure::kUnreadable:
      diagnostics.Error(where, "cannot read the file", "check that it exists and that you may read it");
      return;
    case ReadFailure::kNotRegular:
      diagnostics.Error(where, "this is not a regular file (a pipe, socket or device)",
                        "replace it with a regular file or remove it");
      return;
    case ReadFailure::kTooLarge:
      diagnostics.Error(where,
                        "the file has " + Mebibytes(read.size) + ", over the limit of " + Mebibytes(limit.bytes) +
                            " for " + limit.kind,
                        "make it smaller or split it into several files");
      return;
  }
}

std::optional<std::string> ReadInput(const std::filesystem::path& path, const SourcePosition& where,
                                     const SizeLimit& limit, Diagnostics& diagnostics) {
  BoundedRead read = ReadBounded(path, limit.bytes);
  ReportReadFailure(read, where, limit, diagnostics);
  return std::move(read.bytes);
}

}  // namespace enindgang
