#pragma once
#include <cstddef>
#include <cstdint>
#include <deque>

namespace enindgang {

// Which of the open event streams may stay open: the newest `limit`. Each stream holds one of the
// server's threads for as long as its page is open; a stream pushed out ends, and its page's
// EventSource connects again a second later (the reload script compares builds, so no reload is
// lost). Not thread-safe: the caller locks.
class StreamSlots {
 public:
  explicit StreamSlots(size_t limit) : limit_(limit) {}

  // A ticket for a new stream; the oldest stream loses its slot if all are taken.
  uint64_t Open();
  bool Has(uint64_t ticket) const;
  void Close(uint64_t ticket);

 private:
  size_t limit_;
  uint64_t next_ = 1;
  std::deque<uint64_t> open_;  // oldest first
};

}  // namespace enindgang
