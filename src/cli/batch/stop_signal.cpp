#include "cli/batch/stop_signal.h"

#include <atomic>
#include <csignal>

namespace paiban::cli::batch {

namespace {

// Lock-free, hence safe to store from a signal handler.
std::atomic<int> g_stop{0};
static_assert(std::atomic<int>::is_always_lock_free);

extern "C" void on_stop_signal(int signal_number) { g_stop.store(signal_number); }

}  // namespace

void install_stop_handlers() {
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESETHAND | SA_RESTART;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
  std::signal(SIGPIPE, SIG_IGN);
}

int stop_signal() { return g_stop.load(); }

}  // namespace paiban::cli::batch
