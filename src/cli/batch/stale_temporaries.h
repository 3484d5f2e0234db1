#pragma once
// A run killed with SIGKILL leaves the hidden temporary files of the outputs
// it was writing (never a truncated file under a final name). The next run
// removes those that belong to its own inputs, before any worker starts, so
// that concurrent shards sharing OUTDIR never touch each other's files.
#include <cstddef>
#include <vector>

#include "cli/batch/input_list.h"
#include "cli/batch/path_safety.h"

namespace paiban::cli::batch {

// Returns how many files were removed.
std::size_t remove_stale_temporaries(const OutputRoot& root, const std::vector<InputEntry>& items);

}  // namespace paiban::cli::batch
