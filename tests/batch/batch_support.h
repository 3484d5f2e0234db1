#pragma once
// Helpers for the batch tests: generated archives, running the built `paiban`
// binary and reading its JSON Lines report.
#include <sys/types.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/files.h"
#include "support/run_command.h"
#include "support/temp_dir.h"

namespace batch_test {

namespace fs = std::filesystem;

// Temporary folders, files and running programs: tests/support.
using paiban::test::read_file;
using paiban::test::TempDir;
using paiban::test::wait_exit_code;
using paiban::test::write_file;
using RunResult = paiban::test::CommandResult;

// The example article with title and one paragraph changed per variant, so
// that every input gives different outputs.
std::string article_variant(int n);

// `count` good variants under root/vol<k>/art<n>.txt; returns their relative paths.
std::vector<std::string> make_archive(const fs::path& root, int count);

// Runs the program argv[0] (a path) with `argv`, in folder `cwd`, with extra
// environment `env` and `stdin_text` on standard input.
RunResult run_program(const std::vector<std::string>& argv, const fs::path& cwd,
                      const std::map<std::string, std::string>& env = {},
                      const std::string& stdin_text = "");

// Runs PAIBAN_CLI with `args` in folder `cwd`, extra environment `env`, and
// `stdin_text` on standard input.
RunResult run_cli(const std::vector<std::string>& args, const fs::path& cwd,
                  const std::map<std::string, std::string>& env = {},
                  const std::string& stdin_text = "");

// Starts PAIBAN_CLI without waiting (stdout and stderr to /dev/null).
pid_t spawn_cli(const std::vector<std::string>& args, const fs::path& cwd);

// Waits until `report` has at least `lines` complete lines (or 20 s pass).
bool wait_for_report_lines(const fs::path& report, std::size_t lines);

std::vector<nlohmann::json> parse_report(const std::string& jsonl);
std::map<std::string, nlohmann::json> report_by_path(const std::vector<nlohmann::json>& lines);

// Regular files under root, relative, sorted (hidden files included).
std::vector<std::string> files_under(const fs::path& root);

}  // namespace batch_test
