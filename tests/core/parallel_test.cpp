#include "checker/core/parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

namespace factlint {
namespace {

TEST(ParallelFor, CallsEveryIndexOnceOnEveryNumberOfThreads) {
  for (int jobs : {0, 1, 2, 5, 64}) {
    std::vector<std::atomic<int>> calls(100);
    ParallelFor(calls.size(), jobs, [&](size_t i) { ++calls[i]; });
    for (size_t i = 0; i < calls.size(); ++i) EXPECT_EQ(calls[i].load(), 1) << jobs << " " << i;
  }
  ParallelFor(0, 4, [](size_t) { FAIL() << "no items, no calls"; });
}

TEST(ParallelFor, UsesSeveralThreadsWhenAsked) {
  std::mutex mutex;
  std::set<std::thread::id> seen;
  std::atomic<int> waiting{0};
  ParallelFor(2, 2, [&](size_t) {
    {
      const std::lock_guard<std::mutex> lock(mutex);
      seen.insert(std::this_thread::get_id());
    }
    // Each of the two items waits for the other: only two threads finish.
    ++waiting;
    while (waiting.load() < 2) std::this_thread::yield();
  });
  EXPECT_EQ(seen.size(), 2u);
}

TEST(ParallelFor, RethrowsTheFirstFailureAfterEveryThreadStopped) {
  std::atomic<int> done{0};
  EXPECT_THROW(ParallelFor(50, 3,
                           [&](size_t i) {
                             if (i == 10) throw std::runtime_error("item 10");
                             ++done;
                           }),
               std::runtime_error);
  EXPECT_LT(done.load(), 50);
}

}  // namespace
}  // namespace factlint
