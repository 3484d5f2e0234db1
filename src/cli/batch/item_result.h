#pragma once
// What happened to one input: one line of the batch report.
#include <string>
#include <vector>

namespace paiban::cli::batch {

// timeout: the input ran past `--timeout` and was given up (a failure).
enum class Status { ok, failed, skipped, timeout };
const char* to_string(Status);

struct WrittenOutput {
  std::string path;    // as written: OUTDIR/relative/NAME.EXT
  std::string format;  // pdf | docx | xml | json
  long long bytes = 0;
  int pages = 0;       // 0 for formats without fixed pages
};

struct ItemResult {
  std::string input;  // relative path, as listed
  Status status = Status::failed;
  std::vector<WrittenOutput> outputs;
  int diagnostics = 0;
  double ms = 0;
  std::string error;  // set when failed or timed out
};

}  // namespace paiban::cli::batch
