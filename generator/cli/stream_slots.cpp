#include "cli/stream_slots.h"

#include <algorithm>

namespace enindgang {

uint64_t StreamSlots::Open() {
  open_.push_back(next_);
  if (open_.size() > limit_) open_.pop_front();
  return next_++;
}

bool StreamSlots::Has(uint64_t ticket) const { return std::find(open_.begin(), open_.end(), ticket) != open_.end(); }

void StreamSlots::Close(uint64_t ticket) {
  if (auto it = std::find(open_.begin(), open_.end(), ticket); it != open_.end()) open_.erase(it);
}

}  // namespace enindgang
