#pragma once
// `paiban batch`: convert an archive of articles with a pool of worker
// threads, resumably, one report line per input.
#include <cstddef>
#include <string>
#include <vector>

namespace paiban::cli::batch {

struct BatchOptions {
  std::string input;                 // a folder, a file listing paths, or "-" for a list on stdin
  std::string out_dir;
  std::vector<std::string> formats;  // pdf, docx, xml, json
  std::string layout;                // empty: each format's default
  int jobs = 0;                      // 0: one per core
  std::string shard;                 // "K/N"; empty: from the environment, else all
  int shard_count = 0;               // count for JOB_COMPLETION_INDEX
  bool force = false;
  bool quiet = false;
  std::string report;                // empty or "-": standard output
  std::string glob = "*.txt";
  std::size_t max_bytes = 32u << 20;
  // Seconds an input may take (0: no limit). Past it the input fails alone
  // with status timeout; one still running at twice that (at least 1 s) ends
  // the run with exit 70 (docs/scale-out.md).
  double timeout = 120;
};

// Returns the exit code: 0 all converted or up to date, 1 some failed or
// timed out, 128+signal when stopped by SIGINT/SIGTERM; exits the process
// with 70 when an input hangs past the watchdog's limit. Throws Error for bad options,
// a missing INPUT or an OUTDIR that cannot be created.
int run_batch(const BatchOptions& options);

}  // namespace paiban::cli::batch
