#include "threads/helper_thread.h"

#include <pthread.h>

namespace paiban::threads {

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
void pin(std::thread& thread, const Placement& placement) {
  if (placement.pinned) pthread_setaffinity_np(thread.native_handle(), sizeof placement.start, &placement.start);
}

void release(const Placement& placement) {
  if (placement.pinned) pthread_setaffinity_np(pthread_self(), sizeof placement.later, &placement.later);
}

}  // namespace paiban::threads
