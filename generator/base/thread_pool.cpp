#include "base/thread_pool.h"

#include <atomic>
#include <exception>
#include <mutex>
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
  std::mutex failure_mutex;
  std::exception_ptr failure;  // the first exception of any worker
  std::vector<std::thread> pool;
  for (size_t w = 0; w < threads; ++w) {
    pool.emplace_back([&, w] {
      try {
        for (size_t i = next++; i < count; i = next++) work(i, w);
      } catch (...) {
        // Out of a thread, an exception would end the program: hand it to the caller instead.
        std::lock_guard lock(failure_mutex);
        if (!failure) failure = std::current_exception();
        next = count;  // the others stop after their current item
      }
    });
  }
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace enindgang
