#include "cli/batch/report.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>

#include <nlohmann/json.hpp>

#include "model/error.h"

namespace paiban::cli::batch {

using json = nlohmann::ordered_json;

const char* to_string(Status s) {
  switch (s) {
    case Status::ok: return "ok";
    case Status::failed: return "failed";
    case Status::skipped: return "skipped";
    case Status::timeout: return "timeout";
  }
  return "failed";
}

std::string report_line(const ItemResult& r) {
  json outputs = json::array();
  for (const WrittenOutput& o : r.outputs)
    outputs.push_back({{"path", o.path}, {"format", o.format}, {"bytes", o.bytes}, {"pages", o.pages}});
  json line = {{"path", r.input},
               {"status", to_string(r.status)},
               {"outputs", outputs},
               {"diagnostics", r.diagnostics},
               {"ms", std::round(r.ms * 100) / 100},
               {"error", r.status == Status::failed || r.status == Status::timeout ? json(r.error) : json(nullptr)}};
  // File names need not be UTF-8; replace what is not rather than throw.
  return line.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
}

ReportWriter::ReportWriter(const std::string& path) : path_(path) {
  if (path.empty() || path == "-") return;
  fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0644);
  if (fd_ < 0) throw Error(ExitCode::cant_create, "cannot write report " + path + ": " + std::strerror(errno));
  owned_ = true;
}

ReportWriter::~ReportWriter() {
  if (owned_) ::close(fd_);
}

void ReportWriter::write(const ItemResult& result) {
  std::string line = report_line(result);
  std::lock_guard lock(mutex_);
  if (!error_.empty()) return;
  const char* p = line.data();
  std::size_t left = line.size();
  while (left > 0) {
    ssize_t n = ::write(fd_, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error_ = "cannot write the report to " + (owned_ ? path_ : std::string("standard output")) +
               ": " + std::strerror(n < 0 ? errno : ENOSPC);
      return;
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
}

std::string ReportWriter::error() const {
  std::lock_guard lock(mutex_);
  return error_;
}

}  // namespace paiban::cli::batch
