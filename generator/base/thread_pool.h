#pragma once
#include <cstddef>
#include <functional>

namespace enindgang {

// Runs work(i) for i in [0, count) on all cores. Each worker thread gets its
// own index `worker` (0..threads-1) so callers can keep per-thread state
// (cmark, ICU and template objects are not shared between threads).
// When work throws, the other workers stop after their current item and the
// first exception is thrown again here, once every thread has ended.
void ParallelFor(size_t count, const std::function<void(size_t i, size_t worker)>& work);

// Number of worker threads ParallelFor uses.
size_t WorkerCount();

}  // namespace enindgang
