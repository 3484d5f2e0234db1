#pragma once
// The JSON Lines report: one object per input, appended as each input
// finishes, one write(2) per line so that even a killed run leaves whole lines:
// {"path","status","outputs":[{"path","format","bytes","pages"}],"diagnostics","ms","error"}
#include <mutex>
#include <string>

#include "cli/batch/item_result.h"

namespace paiban::cli::batch {

std::string report_line(const ItemResult& result);  // ends with '\n'

class ReportWriter {
 public:
  // `path` empty or "-": standard output. Throws Error(cant_create).
  explicit ReportWriter(const std::string& path);
  ~ReportWriter();
  ReportWriter(const ReportWriter&) = delete;
  ReportWriter& operator=(const ReportWriter&) = delete;

  // Thread-safe. Never throws: a failed write is kept for error().
  void write(const ItemResult& result);
  std::string error() const;  // empty while every line got written

 private:
  mutable std::mutex mutex_;
  int fd_ = 1;
  bool owned_ = false;
  std::string path_;
  std::string error_;
};

}  // namespace paiban::cli::batch
