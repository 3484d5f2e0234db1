#include "cli/batch/progress.h"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace paiban::cli::batch {

namespace {

using Clock = std::chrono::steady_clock;

std::string duration_text(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600)
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

std::string bar_text(std::size_t done, std::size_t total) {
  constexpr int kWidth = 24;
  int filled = total == 0 ? kWidth : static_cast<int>(kWidth * done / total);
  return "[" + std::string(filled, '#') + std::string(kWidth - filled, '.') + "]";
}

}  // namespace

ProgressStyle progress_style_for_stderr(bool quiet) {
  if (quiet) return ProgressStyle::none;
  return ::isatty(STDERR_FILENO) ? ProgressStyle::bar : ProgressStyle::lines;
}

Progress::Progress(std::size_t total, ProgressStyle style)
    : total_(total), style_(style), start_(Clock::now()) {
  if (style_ != ProgressStyle::none) thread_ = std::thread([this] { run(); });
}

Progress::~Progress() { finish(); }

void Progress::record(Status status) {
  switch (status) {
    case Status::ok: ++ok_; break;
    case Status::skipped: ++skipped_; break;
    case Status::failed:
    case Status::timeout: ++failed_; break;
  }
}

Counts Progress::counts() const { return {ok_.load(), skipped_.load(), failed_.load()}; }

double Progress::seconds() const {
  return std::chrono::duration<double>(Clock::now() - start_).count();
}

void Progress::finish() {
  {
    std::lock_guard lock(mutex_);
    if (finished_) return;
    finished_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void Progress::run() {
  const auto interval = style_ == ProgressStyle::bar ? std::chrono::milliseconds(200)
                                                     : std::chrono::milliseconds(5000);
  std::unique_lock lock(mutex_);
  while (!wake_.wait_for(lock, interval, [this] { return finished_; })) draw();
  if (style_ == ProgressStyle::bar) std::fputs("\r\033[K", stderr);  // the summary follows
}

void Progress::draw() {
  Counts c = counts();
  double elapsed = seconds();
  double rate = elapsed > 0 ? c.done() / elapsed : 0;
  std::string eta = rate > 0 && total_ >= c.done() ? duration_text((total_ - c.done()) / rate) : "?";
  char line[256];
  std::snprintf(line, sizeof line, "%zu/%zu  %.1f/s  ETA %s  %zu failed", c.done(), total_, rate,
                eta.c_str(), c.failed);
  if (style_ == ProgressStyle::bar)
    std::fprintf(stderr, "\r\033[K%s %s", bar_text(c.done(), total_).c_str(), line);
  else
    std::fprintf(stderr, "paiban batch: %s\n", line);
  std::fflush(stderr);
}

}  // namespace paiban::cli::batch
