#pragma once
// Work handed to another thread, as std::async(std::launch::async) does, but
// on a core other than the caller's and on a thread that is kept for the next
// piece of work.
//
// Placement: Linux 6.x on our two-core virtual machines queues a new (or
// newly woken) thread on its parent's core and leaves moving it to periodic
// load balancing: beside a parent busy for 0.3 ms a new thread began 0.37 ms
// late (median), beside one busy for 3 ms, 2.5 ms late. Work meant to overlap
// the caller's ran after it. Pinned to the other cores until it runs, a
// thread starts in about 0.12 ms and the scheduler may still move it later.
//
// Reuse: creating a thread cost the caller about 0.1 ms here (clone3), and a
// render hands off work three times.
#include <sched.h>

#include <functional>
#include <future>
#include <memory>
#include <type_traits>
#include <utility>

namespace paiban::threads {

// Runs `job` on a parked helper thread, or on a new one when none is free,
// starting on another core than the caller's when there is one.
void run_elsewhere(std::function<void()> job);

// The result of work on a helper thread. Like std::async's future, it waits
// for the work when destroyed, so the references the work holds stay valid
// until it is done, also when the caller unwinds from an exception.
template <class R>
class Helper {
 public:
  Helper() = default;
  Helper(std::future<R> result, std::shared_future<void> done) : result_(std::move(result)), done_(std::move(done)) {}
  Helper(Helper&&) noexcept = default;
  Helper& operator=(Helper&& other) noexcept {
    wait_done();
    result_ = std::move(other.result_);
    done_ = std::move(other.done_);
    return *this;
  }
  ~Helper() { wait_done(); }

  bool valid() const { return result_.valid(); }
  void wait() const { result_.wait(); }
  R get() { return result_.get(); }
  // For several readers; this Helper still waits for the work when destroyed.
  std::shared_future<R> share() { return result_.share(); }

 private:
  void wait_done() {
    if (done_.valid()) done_.wait();
  }
  std::future<R> result_;
  std::shared_future<void> done_;
};

// Runs `work` on a helper thread; with `thread` false, runs it here and now.
template <class Work>
Helper<std::invoke_result_t<std::decay_t<Work>>> start_helper(Work&& work, bool thread = true) {
  using R = std::invoke_result_t<std::decay_t<Work>>;
  auto task = std::make_shared<std::packaged_task<R()>>(std::forward<Work>(work));
  std::future<R> result = task->get_future();
  auto done = std::make_shared<std::promise<void>>();
  std::shared_future<void> finished = done->get_future().share();
  if (!thread) {
    (*task)();
    done->set_value();
  } else {
    run_elsewhere([task, done] {
      (*task)();
      done->set_value();
    });
  }
  return Helper<R>(std::move(result), std::move(finished));
}

}  // namespace paiban::threads
