#pragma once
// Runs the built `paiban` on hostile inputs and checks how it fails: exit code,
// one clear line on stderr, and nothing left behind in the output folder.
#include <sys/types.h>

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "support/files.h"
#include "support/run_command.h"
#include "support/temp_dir.h"

namespace hardening {

namespace fs = std::filesystem;

// Temporary folders and files: tests/support.
using ScratchDir = paiban::test::TempDir;
inline void write_bytes(const fs::path& path, const std::string& bytes) { paiban::test::write_file(path, bytes); }
inline std::string read_bytes(const fs::path& path) { return paiban::test::read_file(path); }
std::string example_article();  // examples/zhibu-2014-10-tianzhen.txt

struct Limits {
  // RLIMIT_FSIZE for the child, 0 = none (paiban::test::ProgramOptions).
  std::size_t max_file_bytes = 0;
  std::vector<std::string> env;  // extra NAME=VALUE entries
};

using Run = paiban::test::CommandResult;

Run run_cli(const std::vector<std::string>& args, const Limits& limits = {});

// Files under `dir`, hidden ones included (leftover temporaries are hidden).
std::vector<std::string> files_in(const fs::path& dir);

}  // namespace hardening

// The failure contract of every bad-input case: the given exit code, exactly
// one line on stderr that starts with "paiban: " and is not an internal error,
// and no output (nor temporary file) in the output folder.
#define CHECK_CLEAN_FAILURE(run, code, out_dir, expected_files)                      \
  do {                                                                              \
    INFO("stderr: " << (run).err);                                                  \
    CHECK((run).exit_code == (code));                                               \
    CHECK((run).err.rfind("paiban: ", 0) == 0);                                     \
    CHECK(std::count((run).err.begin(), (run).err.end(), '\n') == 1);               \
    CHECK((run).err.find("internal error") == std::string::npos);                   \
    CHECK(hardening::files_in(out_dir) == (expected_files));                        \
  } while (0)
