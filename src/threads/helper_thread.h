#pragma once
// Work handed to a thread of its own, as std::async(std::launch::async) does,
// except that the thread starts on another core than its caller's.
//
// Linux 6.x on our two-core virtual machines queues a new thread on its
// parent's core and leaves moving it to periodic load balancing: beside a
// parent busy for 0.3 ms a new thread began 0.37 ms late (median), beside one
// busy for 3 ms, 2.5 ms late. Work meant to overlap the caller's ran after it.
// Created pinned to the other cores and released as its first act, a thread
// starts in about 0.12 ms and the scheduler may still move it afterwards.
#include <atomic>
#include <future>
#include <memory>
#include <thread>
#include <type_traits>
#include <utility>

#include <sched.h>

namespace paiban::threads {

// The cores a new thread should start on: those the process may use, but not
// the caller's. Empty when there is no other (one core, or the mask cannot be read).
struct Placement {
  cpu_set_t start{};  // where it starts
  cpu_set_t later{};  // the caller's whole mask, restored by the thread itself
  bool pinned = false;
};
Placement placement_away_from_caller();
void pin(std::thread& thread, const Placement& placement);
void release(const Placement& placement);  // on the new thread

// The result of work on a helper thread. Like std::async's future, it waits
// for the thread when destroyed, so the references the work holds stay valid
// until the work is done, also when the caller unwinds from an exception.
template <class R>
class Helper {
 public:
  Helper() = default;
  Helper(std::future<R> future, std::thread thread) : future_(std::move(future)), thread_(std::move(thread)) {}
  Helper(Helper&&) noexcept = default;
  Helper& operator=(Helper&& other) noexcept {
    join();
    future_ = std::move(other.future_);
    thread_ = std::move(other.thread_);
    return *this;
  }
  ~Helper() { join(); }

  bool valid() const { return future_.valid(); }
  void wait() const { future_.wait(); }
  R get() { return future_.get(); }
  // For several readers; this Helper must still outlive the work.
  std::shared_future<R> share() { return future_.share(); }

 private:
  void join() {
    if (thread_.joinable()) thread_.join();
  }
  std::future<R> future_;
  std::thread thread_;
};

// Runs `work` on a new thread; with `thread` false, runs it here and now.
template <class Work>
Helper<std::invoke_result_t<std::decay_t<Work>>> start_helper(Work&& work, bool thread = true) {
  using R = std::invoke_result_t<std::decay_t<Work>>;
  std::packaged_task<R()> task(std::forward<Work>(work));
  std::future<R> future = task.get_future();
  if (!thread) {
    task();
    return Helper<R>(std::move(future), std::thread());
  }
  Placement placement = placement_away_from_caller();
  // Released only once pinned: released first, the pin would last.
  auto pinned = std::make_shared<std::atomic<bool>>(false);
  std::thread t([task = std::move(task), placement, pinned]() mutable {
    pinned->wait(false);
    release(placement);
    task();
  });
  pin(t, placement);
  pinned->store(true);
  pinned->notify_one();
  return Helper<R>(std::move(future), std::move(t));
}

}  // namespace paiban::threads
