#pragma once
// Deterministic slices of an archive, so that N independent processes (GNU
// parallel jobs, Slurm array tasks, Kubernetes Indexed Job pods) cover every
// input exactly once without talking to each other.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace paiban::cli::batch {

struct Shard {
  int index = 0;  // 0-based
  int count = 1;
  std::string source;  // where it came from, for the summary: "--shard", "SLURM_ARRAY_TASK_ID"…
};

// FNV-1a, 64 bit: stable across platforms, compilers and runs, unlike std::hash.
std::uint64_t fnv1a64(std::string_view bytes);

// Whether the input with this relative path (as reported) belongs to `shard`.
bool in_shard(std::string_view relative_path, const Shard& shard);

// "K/N" with 0 <= K < N. Throws Error(usage).
Shard parse_shard(const std::string& text);

using EnvLookup = std::function<std::optional<std::string>(const char* name)>;
EnvLookup process_environment();

// The shard given by the scheduler's environment, if any:
// - Slurm array jobs: SLURM_ARRAY_TASK_ID, less SLURM_ARRAY_TASK_MIN, divided by
//   SLURM_ARRAY_TASK_STEP; count SLURM_ARRAY_TASK_COUNT or MAX-MIN+1.
// - Kubernetes Indexed Jobs: JOB_COMPLETION_INDEX; count from `count_hint`
//   (the --shard-count flag) or PAIBAN_SHARD_COUNT.
// Throws Error(usage) when the variables are present but inconsistent.
std::optional<Shard> shard_from_environment(const EnvLookup& env, int count_hint);

}  // namespace paiban::cli::batch
