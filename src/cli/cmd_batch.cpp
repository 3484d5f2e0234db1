// `paiban batch INPUT -o OUTDIR --to pdf,docx,xml,json …`: thin front end of
// cli/batch/batch_run.h.
#include <memory>

#include "cli/batch/batch_run.h"
#include "cli/commands.h"

namespace paiban::cli {

Action add_batch_command(CLI::App& app) {
  auto o = std::make_shared<batch::BatchOptions>();
  CLI::App* cmd = app.add_subcommand(
      "batch", "convert an archive: a folder, a file listing paths, or - for a list on stdin");
  cmd->add_option("INPUT", o->input, "folder (walked recursively), list file, or -")->required();
  cmd->add_option("-o,--output", o->out_dir, "output folder; outputs mirror the inputs' relative paths")
      ->required();
  cmd->add_option("--to", o->formats, "formats to write: pdf,docx,xml,json")
      ->delimiter(',')
      ->required();
  cmd->add_option("--layout", o->layout, "layout NAME or PATH (default: each format's own)");
  cmd->add_option("-j,--jobs", o->jobs, "worker threads (default: one per core)")
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--shard", o->shard,
                  "convert only slice K of N (0-based), e.g. 2/8; default from SLURM_ARRAY_TASK_* "
                  "or JOB_COMPLETION_INDEX");
  cmd->add_option("--shard-count", o->shard_count,
                  "number of shards when the index comes from JOB_COMPLETION_INDEX")
      ->check(CLI::PositiveNumber);
  cmd->add_flag("--force", o->force, "convert even inputs whose outputs are up to date");
  cmd->add_option("--report", o->report, "JSON Lines report file (default: standard output)");
  cmd->add_option("--glob", o->glob, "names to take when walking a folder (default *.txt)");
  cmd->add_flag("-q,--quiet", o->quiet, "no progress display");
  cmd->add_option("--max-bytes", o->max_bytes, "refuse inputs larger than this (default 32 MiB)");
  cmd->add_option("--timeout", o->timeout,
                  "seconds an input may take (default 120, 0: no limit); one over it fails alone with "
                  "status timeout. One still running at twice that (at least 1 s) is hung: the run "
                  "reports it, removes its temporary files and exits 70; rerun to resume")
      ->check(CLI::NonNegativeNumber);
  return [o] { return batch::run_batch(*o); };
}

}  // namespace paiban::cli
