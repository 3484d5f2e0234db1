#pragma once
// Progress of a batch run on standard error: a live bar redrawn five times a
// second on a terminal (done/total, rate, ETA, failures), otherwise a plain
// line every few seconds (logs of schedulers), or nothing when quiet.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <thread>

#include "cli/batch/item_result.h"

namespace paiban::cli::batch {

enum class ProgressStyle { none, bar, lines };
ProgressStyle progress_style_for_stderr(bool quiet);

struct Counts {
  std::size_t ok = 0, skipped = 0, failed = 0;  // failed includes timed out
  std::size_t done() const { return ok + skipped + failed; }
};

class Progress {
 public:
  Progress(std::size_t total, ProgressStyle style);
  ~Progress();  // stops the display thread
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void record(Status status);  // thread-safe
  Counts counts() const;
  double seconds() const;
  void finish();  // erases the bar; idempotent

 private:
  void run();
  void draw();

  std::size_t total_;
  ProgressStyle style_;
  std::chrono::steady_clock::time_point start_;
  std::atomic<std::size_t> ok_{0}, skipped_{0}, failed_{0};
  std::mutex mutex_;
  std::condition_variable wake_;
  bool finished_ = false;
  std::thread thread_;
};

}  // namespace paiban::cli::batch
