#pragma once
// Runs the built `paiban` binary (PAIBAN_CLI) with arguments and collects
// its exit code, standard output and standard error.
#include <string>
#include <vector>

namespace paiban::test {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

CliResult run_cli(const std::vector<std::string>& args);

// A fresh empty directory under the system temporary directory.
std::string make_temp_dir();

}  // namespace paiban::test
