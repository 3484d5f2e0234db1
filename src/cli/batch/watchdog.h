#pragma once
// The hard half of `--timeout`: a thread that watches the input each worker
// holds and calls ON_HANG once one has been running longer than LIMIT. The
// cooperative half (convert_item.h) gives up an input between its stages; an
// input still running long after that is stuck inside a stage (a library
// that loops), and a thread cannot be interrupted there: ON_HANG ends the
// process (batch_run.cpp).
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "cli/batch/input_list.h"

namespace paiban::cli::batch {

// "0.5 s", "120 s": a duration as the options give it.
std::string seconds_text(std::chrono::duration<double> d);

class Watchdog {
 public:
  using OnHang = std::function<void(const InputEntry& entry, std::chrono::duration<double> running)>;
  // WORKERS slots; LIMIT zero: no thread, never calls ON_HANG.
  Watchdog(std::size_t workers, std::chrono::duration<double> limit, OnHang on_hang);
  ~Watchdog();  // stops the thread
  Watchdog(const Watchdog&) = delete;
  Watchdog& operator=(const Watchdog&) = delete;

  // Worker WORKER holds ENTRY (which must outlive end(WORKER)) from now on.
  void begin(std::size_t worker, const InputEntry& entry);
  void end(std::size_t worker);

 private:
  using Clock = std::chrono::steady_clock;
  struct Slot {
    const InputEntry* entry = nullptr;
    Clock::time_point start;
  };
  void run();

  Clock::duration limit_;
  OnHang on_hang_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::vector<Slot> slots_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace paiban::cli::batch
