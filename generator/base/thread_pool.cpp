#include "base/thread_pool.h"

#include <atomic>
#include <thread>
#include <vector>

namespace enindgang {

size_t WorkerCount() {
  size_t n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : n;
}

void ParallelFor(size_t count, const std::function<void(size_t, size_t)>& work) {
  size_t threads = std::min(WorkerCount(), count);
  if (threads <= 1) {
    for (size_t i = 0; i < count; ++i) work(i, 0);
    return;
  }
  std::atomic<size_t> next{0};
  std::vector<std::thread> pool;
  for (size_t w = 0; w < threads; ++w) {
    pool.emplace_back([&, w] {
      for (size_t i = next++; i < count; i = next++) work(i, w);
    });
  }
  for (auto& t : pool) t.join();
}

}  // namespace enindgang
