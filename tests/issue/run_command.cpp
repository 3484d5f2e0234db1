#include "run_command.h"

#include <sys/wait.h>

#include <cstdio>

#include <catch2/catch.hpp>

namespace issue_test {

Result run(const std::string& command) {
  Result r;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe);
  char buffer[4096];
  for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) r.out.append(buffer, n);
  int status = pclose(pipe);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace issue_test
