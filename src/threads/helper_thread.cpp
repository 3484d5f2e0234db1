#include "threads/helper_thread.h"

#include <pthread.h>

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace paiban::threads {

namespace {

// The cores a thread should start on: those the process may use but the
// caller's; `later` is the caller's whole mask, which the thread restores.
struct Placement {
  cpu_set_t start{};
  cpu_set_t later{};
  bool pinned = false;
};

Placement placement_away_from_caller() {
  Placement p;
  if (sched_getaffinity(0, sizeof p.later, &p.later) != 0) return p;
  int here = sched_getcpu();
  CPU_ZERO(&p.start);
  for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu)
    if (cpu != here && CPU_ISSET(cpu, &p.later)) CPU_SET(cpu, &p.start);
  p.pinned = CPU_COUNT(&p.start) > 0;
  return p;
}

// Failures only lose the placement, never the work: they are ignored.
void pin(std::thread& thread, const Placement& p) {
  if (p.pinned) pthread_setaffinity_np(thread.native_handle(), sizeof p.start, &p.start);
}

void release(const Placement& p) {
  if (p.pinned) pthread_setaffinity_np(pthread_self(), sizeof p.later, &p.later);
}

// Parked threads, each waiting on its own condition for its next job. A job
// is handed over, and its thread pinned, under the pool's lock: the thread
// takes the job, and releases the pin, only after.
class Pool {
 public:
  ~Pool() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    for (auto& w : workers_) {
      w->wake.notify_one();
      if (w->thread.joinable()) w->thread.join();
    }
  }

  void run(std::function<void()> job) {
    std::lock_guard<std::mutex> lock(mutex_);
    Worker* worker = nullptr;
    for (auto& w : workers_)
      if (!w->busy) worker = w.get();
    if (!worker) {  // in the pool only once its thread exists: std::thread may throw
      auto fresh = std::make_unique<Worker>();
      fresh->thread = std::thread([this, w = fresh.get()] { loop(*w); });
      worker = workers_.emplace_back(std::move(fresh)).get();
    }
    worker->job = std::move(job);
    worker->busy = true;
    worker->placement = placement_away_from_caller();
    pin(worker->thread, worker->placement);
    worker->wake.notify_one();
  }

 private:
  struct Worker {
    std::thread thread;
    std::condition_variable wake;
    std::function<void()> job;
    Placement placement;
    bool busy = false;  // has a job, or is running one
  };

  void loop(Worker& w) {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      w.wake.wait(lock, [&] { return w.job || stopping_; });
      if (!w.job) return;
      std::function<void()> job = std::move(w.job);
      w.job = nullptr;
      Placement placement = w.placement;
      lock.unlock();
      release(placement);
      job();  // a Helper's job: it cannot throw (packaged_task keeps the exception)
      job = nullptr;
      lock.lock();
      w.busy = false;
    }
  }

  std::mutex mutex_;
  std::vector<std::unique_ptr<Worker>> workers_;
  bool stopping_ = false;
};

}  // namespace

void run_elsewhere(std::function<void()> job) {
  static Pool pool;
  pool.run(std::move(job));
}

}  // namespace paiban::threads
