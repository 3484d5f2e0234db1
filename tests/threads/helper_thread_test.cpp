// Helper threads (threads/helper_thread.h): the work runs on a thread of its
// own, its result or exception reaches the caller, the thread may use every
// core the caller may once it runs, and it is joined before its Helper goes.
#include <catch2/catch.hpp>

#include <sched.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

#include "threads/helper_thread.h"

using paiban::threads::start_helper;

TEST_CASE("a helper runs the work on another thread and hands back its result", "[threads]") {
  std::thread::id caller = std::this_thread::get_id();
  auto helper = start_helper([caller] { return std::this_thread::get_id() != caller; });
  CHECK(helper.get());
  auto inline_work = start_helper([caller] { return std::this_thread::get_id() == caller; }, false);
  CHECK(inline_work.get());
}

TEST_CASE("a helper hands back the work's exception", "[threads]") {
  auto helper = start_helper([]() -> int { throw std::runtime_error("from the helper"); });
  CHECK_THROWS_WITH(helper.get(), "from the helper");
}

TEST_CASE("a helper may run on every core its caller may, once started", "[threads]") {
  cpu_set_t caller{};
  REQUIRE(sched_getaffinity(0, sizeof caller, &caller) == 0);
  auto helper = start_helper([] {
    cpu_set_t mine{};
    sched_getaffinity(0, sizeof mine, &mine);
    return mine;
  });
  cpu_set_t seen = helper.get();
  CHECK(CPU_EQUAL(&seen, &caller));
}

// Helpers reuse parked threads; one still busy is never given a second job.
TEST_CASE("helpers started together run at the same time", "[threads]") {
  std::atomic<int> running{0};
  std::atomic<bool> met{false};
  auto work = [&] {
    ++running;
    for (int i = 0; i < 2000 && running < 2; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    if (running == 2) met = true;  // both running: not one after the other
    --running;
  };
  {
    auto a = start_helper(work);
    auto b = start_helper(work);
  }
  CHECK(met);
  for (int round = 0; round < 50; ++round) CHECK(start_helper([round] { return round; }).get() == round);
}

TEST_CASE("a helper's work is done before the helper is gone", "[threads]") {
  std::atomic<bool> done{false};
  {
    auto helper = start_helper([&done] {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      done = true;
    });
  }  // never waited for: the destructor must
  CHECK(done);
}
