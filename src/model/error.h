#pragma once
// Errors that end a command, each carrying the exit code the CLI reports
// (sysexits.h values, documented in README).
#include <stdexcept>
#include <string>

namespace paiban {

enum class ExitCode : int {
  ok = 0,
  usage = 2,
  data = 65,       // bad input data: undecodable, empty, not an article, bad layout
  no_input = 66,   // input missing or unreadable
  internal = 70,   // a bug of ours
  cant_create = 73 // cannot write the output
};

class Error : public std::runtime_error {
 public:
  Error(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  ExitCode code() const { return code_; }

 private:
  ExitCode code_;
};

}  // namespace paiban
