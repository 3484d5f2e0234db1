#include "cli/batch/watchdog.h"

#include <algorithm>
#include <cstdio>

namespace paiban::cli::batch {

std::string seconds_text(std::chrono::duration<double> d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g s", d.count());
  return buf;
}

Watchdog::Watchdog(std::size_t workers, std::chrono::duration<double> limit, OnHang on_hang)
    : limit_(std::chrono::duration_cast<Clock::duration>(limit)), on_hang_(std::move(on_hang)), slots_(workers) {
  if (limit_ > Clock::duration::zero()) thread_ = std::thread([this] { run(); });
}

Watchdog::~Watchdog() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void Watchdog::begin(std::size_t worker, const InputEntry& entry) {
  std::lock_guard lock(mutex_);
  slots_.at(worker) = {&entry, Clock::now()};
}

void Watchdog::end(std::size_t worker) {
  std::lock_guard lock(mutex_);
  slots_.at(worker).entry = nullptr;
}

// Looks a few times per limit (at most once a second), so that a hang is
// noticed soon after the limit whatever its length.
void Watchdog::run() {
  const Clock::duration period = std::clamp<Clock::duration>(limit_ / 4, std::chrono::milliseconds(5),
                                                             std::chrono::seconds(1));
  std::unique_lock lock(mutex_);
  while (!wake_.wait_for(lock, period, [this] { return stopping_; })) {
    const Clock::time_point now = Clock::now();
    for (const Slot& slot : slots_) {
      if (!slot.entry || now - slot.start <= limit_) continue;
      const InputEntry entry = *slot.entry;
      const auto running = now - slot.start;
      lock.unlock();  // ON_HANG may take the time it needs (it usually ends the process)
      on_hang_(entry, running);
      return;
    }
  }
}

}  // namespace paiban::cli::batch
