#include "cli/batch/shard.h"

#include <cstdlib>
#include <limits>

#include "model/error.h"

namespace paiban::cli::batch {

namespace {

[[noreturn]] void usage(const std::string& message) { throw Error(ExitCode::usage, message); }

// Whole decimal number in [0, INT_MAX], or nothing.
std::optional<int> to_count(std::string_view text) {
  if (text.empty() || text.size() > 9) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

int env_number(const EnvLookup& env, const char* name) {
  std::optional<std::string> text = env(name);
  if (!text) return -1;
  std::optional<int> n = to_count(*text);
  if (!n) usage(std::string(name) + "=" + *text + " is not a whole number");
  return *n;
}

Shard checked(Shard shard) {
  if (shard.count < 1 || shard.index < 0 || shard.index >= shard.count)
    usage("shard " + std::to_string(shard.index) + "/" + std::to_string(shard.count) + " from " +
          shard.source + " is out of range (need 0 <= K < N)");
  return shard;
}

std::optional<Shard> slurm_shard(const EnvLookup& env) {
  int id = env_number(env, "SLURM_ARRAY_TASK_ID");
  if (id < 0) return std::nullopt;
  int min = env_number(env, "SLURM_ARRAY_TASK_MIN");
  int max = env_number(env, "SLURM_ARRAY_TASK_MAX");
  int step = env_number(env, "SLURM_ARRAY_TASK_STEP");
  int count = env_number(env, "SLURM_ARRAY_TASK_COUNT");
  if (min < 0) min = 0;
  if (step < 1) step = 1;
  if (count < 0 && max >= min) count = (max - min) / step + 1;
  if (count < 0)
    usage("SLURM_ARRAY_TASK_ID is set but neither SLURM_ARRAY_TASK_COUNT nor SLURM_ARRAY_TASK_MAX");
  if (id < min || (id - min) % step != 0)
    usage("SLURM_ARRAY_TASK_ID=" + std::to_string(id) + " is not on the array's range/step");
  return checked({(id - min) / step, count, "SLURM_ARRAY_TASK_ID"});
}

std::optional<Shard> kubernetes_shard(const EnvLookup& env, int count_hint) {
  int index = env_number(env, "JOB_COMPLETION_INDEX");
  if (index < 0) return std::nullopt;
  int count = count_hint > 0 ? count_hint : env_number(env, "PAIBAN_SHARD_COUNT");
  if (count < 1)
    usage("JOB_COMPLETION_INDEX is set: give the number of completions with --shard-count or "
          "PAIBAN_SHARD_COUNT");
  return checked({index, count, "JOB_COMPLETION_INDEX"});
}

}  // namespace

std::uint64_t fnv1a64(std::string_view bytes) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}

bool in_shard(std::string_view relative_path, const Shard& shard) {
  return fnv1a64(relative_path) % std::uint64_t(shard.count) == std::uint64_t(shard.index);
}

Shard parse_shard(const std::string& text) {
  std::size_t slash = text.find('/');
  std::optional<int> k = slash == std::string::npos ? std::nullopt : to_count(text.substr(0, slash));
  std::optional<int> n = slash == std::string::npos ? std::nullopt : to_count(text.substr(slash + 1));
  if (!k || !n) usage("--shard " + text + ": expected K/N, e.g. 0/4");
  return checked({*k, *n, "--shard"});
}

EnvLookup process_environment() {
  return [](const char* name) -> std::optional<std::string> {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') return std::nullopt;
    return std::string(value);
  };
}

std::optional<Shard> shard_from_environment(const EnvLookup& env, int count_hint) {
  if (std::optional<Shard> s = slurm_shard(env)) return s;
  return kubernetes_shard(env, count_hint);
}

}  // namespace paiban::cli::batch
