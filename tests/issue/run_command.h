#pragma once
// Runs a shell command for the issue tests: its exit status and standard output.
#include <string>

namespace issue_test {

struct Result {
  int status = -1;
  std::string out;
};

Result run(const std::string& command);

}  // namespace issue_test
