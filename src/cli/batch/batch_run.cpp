#include "cli/batch/batch_run.h"

#include <sched.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <set>
#include <system_error>
#include <thread>

#include "cli/batch/convert_item.h"
#include "cli/batch/input_list.h"
#include "cli/batch/progress.h"
#include "cli/batch/report.h"
#include "cli/batch/shard.h"
#include "cli/batch/stale_temporaries.h"
#include "cli/batch/stop_signal.h"
#include "cli/batch/watchdog.h"
#include "model/error.h"

namespace paiban::cli::batch {

namespace fs = std::filesystem;

namespace {

// The cores this process may run on: under Slurm or taskset that is fewer
// than the machine has, which std::thread::hardware_concurrency ignores.
int usable_cores() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0) return std::max(1, CPU_COUNT(&set));
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

OutputRoot prepare_output_root(const std::string& out_dir) {
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) throw Error(ExitCode::cant_create, "cannot create " + out_dir + ": " + ec.message());
  fs::path canonical = fs::canonical(out_dir, ec);
  if (ec) throw Error(ExitCode::cant_create, "cannot resolve " + out_dir + ": " + ec.message());
  return {fs::path(out_dir), canonical};
}

std::vector<InputEntry> list_inputs(const BatchOptions& o, const OutputRoot& out) {
  std::vector<InputEntry> entries;
  std::error_code ec;
  if (o.input == "-") {
    entries = list_lines(std::cin, fs::current_path());
  } else if (fs::is_directory(o.input, ec)) {
    entries = list_folder(o.input, o.glob, out.canonical);
  } else if (fs::is_regular_file(o.input, ec)) {
    std::ifstream list(o.input);
    if (!list) throw Error(ExitCode::no_input, "cannot read list " + o.input);
    entries = list_lines(list, fs::current_path());
  } else {
    throw Error(ExitCode::no_input, o.input + ": no such folder or list file");
  }
  sort_and_refuse_collisions(entries);
  return entries;
}

std::optional<Shard> choose_shard(const BatchOptions& o) {
  if (!o.shard.empty()) return parse_shard(o.shard);
  return shard_from_environment(process_environment(), o.shard_count);
}

ConvertSettings convert_settings(const BatchOptions& o, OutputRoot out) {
  ConvertSettings s;
  s.out_root = std::move(out);
  std::set<std::string> names;
  for (const std::string& name : o.formats) {
    Format f = format_from_name(name);
    if (names.insert(extension(f)).second) s.formats.push_back(f);
  }
  if (s.formats.empty()) throw Error(ExitCode::usage, "--to: give at least one of pdf,docx,xml,json");
  s.render.layout = o.layout;
  // The workers keep every core busy with one article each: helper threads
  // inside an article would only add thread starts and contention.
  s.render.helper_threads = false;
  s.max_bytes = o.max_bytes;
  s.force = o.force;
  if (!(o.timeout >= 0)) throw Error(ExitCode::usage, "--timeout: give seconds, 0 or more");
  s.timeout = std::chrono::duration<double>(o.timeout);
  // Sorted, so that `--to docx,pdf` and `--to pdf,docx` share their stamps.
  std::string to;
  for (const std::string& n : names) to += (to.empty() ? "" : ",") + n;
  s.options_key = "to=" + to + ";layout=" + o.layout;
  return s;
}

// An input still running at the watchdog's limit is stuck inside a stage,
// where no thread can be stopped: the run ends here, as a crash would but
// cleanly. The report gets the input's line (those of finished inputs are
// written already), its temporaries go, and a rerun resumes from the stamps.
[[noreturn]] void abandon_run(const InputEntry& entry, std::chrono::duration<double> running,
                              const ConvertSettings& settings, ReportWriter& report, Progress& progress) {
  const std::string message = "hung: still running after " + seconds_text(running) + " (--timeout " +
                              seconds_text(settings.timeout) + "); the run stops here, rerun to go on";
  report.write({entry.relative, Status::timeout, {}, 0, running.count() * 1000, message});
  remove_stale_temporaries(settings.out_root, {entry});
  progress.finish();
  std::fprintf(stderr, "paiban batch: %s: %s\n", entry.relative.c_str(), message.c_str());
  std::fflush(stderr);
  std::_Exit(static_cast<int>(ExitCode::internal));
}

// Twice the cooperative timeout, and never under a second: the stage checks
// get their chance first, and a hang is told from a slow stage.
std::chrono::duration<double> hang_limit(const ConvertSettings& settings) {
  if (settings.timeout.count() <= 0) return settings.timeout;
  return std::max(2 * settings.timeout, std::chrono::duration<double>(1.0));
}

// Workers claim inputs by index: no queue, so memory holds one document per
// worker in flight whatever the archive size.
void run_workers(const std::vector<InputEntry>& items, const ConvertSettings& settings,
                 const Resources& resources, int jobs, ReportWriter& report, Progress& progress) {
  Watchdog watchdog(static_cast<std::size_t>(jobs), hang_limit(settings),
                    [&](const InputEntry& entry, std::chrono::duration<double> running) {
                      abandon_run(entry, running, settings, report, progress);
                    });
  std::atomic<std::size_t> next{0};
  auto work = [&](std::size_t worker) {
    while (stop_signal() == 0 && report.error().empty()) {
      std::size_t i = next.fetch_add(1);
      if (i >= items.size()) return;
      watchdog.begin(worker, items[i]);
      ItemResult result = convert_item(items[i], settings, resources);
      watchdog.end(worker);
      report.write(result);
      progress.record(result.status);
    }
  };
  std::vector<std::thread> pool;
  for (int t = 0; t < jobs; ++t) pool.emplace_back(work, static_cast<std::size_t>(t));
  for (std::thread& t : pool) t.join();
}

void print_summary(std::size_t total, const Counts& c, double seconds, const std::optional<Shard>& shard,
                   int signal_number) {
  std::string where = shard ? " (shard " + std::to_string(shard->index) + "/" +
                                  std::to_string(shard->count) + " from " + shard->source + ")"
                            : "";
  std::fprintf(stderr,
               "paiban batch: %zu inputs%s: %zu converted, %zu up to date, %zu failed in %.1f s "
               "(%.1f articles/s)\n",
               total, where.c_str(), c.ok, c.skipped, c.failed, seconds,
               seconds > 0 ? c.ok / seconds : 0.0);
  if (signal_number != 0)
    std::fprintf(stderr, "paiban batch: stopped by signal %d: %zu inputs not started; rerun to finish\n",
                 signal_number, total - c.done());
}

}  // namespace

int run_batch(const BatchOptions& o) {
  install_stop_handlers();
  ConvertSettings settings = convert_settings(o, prepare_output_root(o.out_dir));
  std::optional<Shard> shard = choose_shard(o);
  std::vector<InputEntry> items = list_inputs(o, settings.out_root);
  if (shard)
    std::erase_if(items, [&](const InputEntry& e) { return !in_shard(e.relative, *shard); });

  std::size_t stale = remove_stale_temporaries(settings.out_root, items);
  if (stale > 0 && !o.quiet)
    std::fprintf(stderr, "paiban batch: removed %zu temporary files left by an interrupted run\n", stale);

  std::shared_ptr<Resources> resources = Resources::load();
  int jobs = o.jobs > 0 ? o.jobs : usable_cores();
  jobs = static_cast<int>(std::clamp<std::size_t>(items.size(), 1, static_cast<std::size_t>(jobs)));

  ReportWriter report(o.report);
  Progress progress(items.size(), progress_style_for_stderr(o.quiet));
  run_workers(items, settings, *resources, jobs, report, progress);
  progress.finish();

  int signal_number = stop_signal();
  print_summary(items.size(), progress.counts(), progress.seconds(), shard, signal_number);
  if (std::string error = report.error(); !error.empty()) throw Error(ExitCode::cant_create, error);
  if (signal_number != 0) return 128 + signal_number;
  return progress.counts().failed > 0 ? 1 : 0;
}

}  // namespace paiban::cli::batch
