#pragma once
// Runs programs for tests and collects exit status, standard output and
// standard error (read through pipes as they come, so neither can fill up).
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace paiban::test {

struct CommandResult {
  int exit_code = -1;  // 128 + signal when killed
  std::string out;
  std::string err;
};

struct ProgramOptions {
  std::filesystem::path cwd;           // where it runs; empty: the test's own folder
  std::vector<std::string> env;        // NAME=VALUE, replacing NAME in the inherited environment
  std::vector<std::string> unset_env;  // names removed from the inherited environment
  std::string stdin_text;              // standard input; empty: /dev/null
  // RLIMIT_FSIZE for the child, 0 = none. SIGXFSZ is ignored in the child so
  // that a write past the limit fails with EFBIG, as a full disk fails with
  // ENOSPC, instead of killing the process.
  std::size_t max_file_bytes = 0;
};

// Runs ARGV[0] (a path, not looked up in PATH) with ARGV.
CommandResult run_program(const std::vector<std::string>& argv, const ProgramOptions& options = {});

// Runs COMMAND with /bin/sh -c.
CommandResult run(const std::string& command);

#ifdef PAIBAN_CLI
// Runs the built `paiban` (PAIBAN_CLI, defined for every test program).
inline CommandResult run_cli(std::vector<std::string> args, const ProgramOptions& options = {}) {
  args.insert(args.begin(), PAIBAN_CLI);
  return run_program(args, options);
}
#endif

// TEXT in single quotes for a POSIX shell.
std::string shell_quoted(const std::string& text);

// Waits for the child PID; its exit code, 128 + signal when killed.
int wait_exit_code(int pid);

}  // namespace paiban::test
