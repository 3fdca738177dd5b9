#include "base/thread_pool.h"

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

using namespace enindgang;

TEST_CASE("ParallelFor runs every item once") {
  std::vector<std::atomic<int>> runs(1000);
  ParallelFor(runs.size(), [&](size_t i, size_t) { ++runs[i]; });
  for (const auto& r : runs) CHECK(r == 1);
}

TEST_CASE("an exception in a worker reaches the caller instead of ending the program") {
  std::atomic<int> ran{0};
  // Each item takes a millisecond, so that the others could not finish all 200 in the time the exception takes.
  CHECK_THROWS_WITH(ParallelFor(200,
                                [&](size_t i, size_t) {
                                  ++ran;
                                  if (i == 10) throw std::runtime_error("item 10 failed");
                                  std::this_thread::sleep_for(std::chrono::milliseconds(1));
                                }),
                    "item 10 failed");
  CHECK(ran < 200);  // the other workers stopped after their current item
}
