// Killed runs: SIGKILL half-way never leaves a truncated file under a final
// name and a rerun completes the set exactly; SIGTERM finishes the inputs in
// flight, writes a complete report and exits 143.
#include <signal.h>

#include <catch2/catch.hpp>

#include "batch/batch_support.h"

using namespace batch_test;

namespace {

constexpr int kInputs = 600;

std::vector<std::string> final_names(const fs::path& out) {
  std::vector<std::string> names;
  for (const std::string& f : files_under(out))
    if (f.find(".tmp-") == std::string::npos) names.push_back(f);
  return names;
}

}  // namespace

TEST_CASE("a run killed with SIGKILL and rerun ends with exactly the complete outputs", "[batch]") {
  TempDir tmp;
  make_archive(tmp.path() / "in", kInputs);
  std::vector<std::string> args{"batch", "in", "-o", "out", "--to", "json", "-j2", "--quiet", "--report"};

  REQUIRE(run_cli({"batch", "in", "-o", "reference", "--to", "json", "-j2", "--quiet"}, tmp.path()).exit_code == 0);
  std::vector<std::string> expected = final_names(tmp.path() / "reference");
  REQUIRE(expected.size() == 2 * kInputs);  // output and stamp per input

  std::vector<std::string> killed_args = args;
  killed_args.push_back("killed.jsonl");
  pid_t pid = spawn_cli(killed_args, tmp.path());
  REQUIRE(wait_for_report_lines(tmp.path() / "killed.jsonl", kInputs / 4));
  ::kill(pid, SIGKILL);
  REQUIRE(wait_exit_code(pid) == 128 + SIGKILL);

  std::vector<std::string> after_kill = final_names(tmp.path() / "out");
  REQUIRE(after_kill.size() < expected.size());  // really half-way
  for (const std::string& f : after_kill)
    if (f.ends_with(".json"))  // every final name holds a complete document
      CHECK_NOTHROW(nlohmann::json::parse(read_file(tmp.path() / "out" / f)));
  // The killed report is whole lines only.
  CHECK_NOTHROW(parse_report(read_file(tmp.path() / "killed.jsonl")));

  args.push_back("rerun.jsonl");
  RunResult rerun = run_cli(args, tmp.path());
  REQUIRE(rerun.exit_code == 0);
  auto report = parse_report(read_file(tmp.path() / "rerun.jsonl"));
  CHECK(report.size() == static_cast<std::size_t>(kInputs));
  CHECK(files_under(tmp.path() / "out") == expected);  // no temporary files left either
  for (const std::string& f : expected)
    REQUIRE(read_file(tmp.path() / "out" / f) == read_file(tmp.path() / "reference" / f));
}

TEST_CASE("SIGTERM stops taking work, finishes what is in flight and exits 143", "[batch]") {
  TempDir tmp;
  make_archive(tmp.path() / "in", kInputs);
  pid_t pid = spawn_cli({"batch", "in", "-o", "out", "--to", "json", "-j2", "--report", "report.jsonl"},
                        tmp.path());
  REQUIRE(wait_for_report_lines(tmp.path() / "report.jsonl", 100));
  ::kill(pid, SIGTERM);
  REQUIRE(wait_exit_code(pid) == 143);

  auto report = parse_report(read_file(tmp.path() / "report.jsonl"));
  CHECK(report.size() < static_cast<std::size_t>(kInputs));
  std::size_t outputs = 0;
  for (const auto& line : report) {
    REQUIRE(line.at("status") == "ok");
    for (const auto& out : line.at("outputs")) {
      CHECK(fs::file_size(tmp.path() / out.at("path").get<std::string>()) == out.at("bytes").get<std::size_t>());
      ++outputs;
    }
  }
  // Nothing was written that the report does not account for.
  std::size_t documents = 0;
  for (const std::string& f : files_under(tmp.path() / "out")) {
    CHECK(f.find(".tmp-") == std::string::npos);
    if (f.ends_with(".json")) ++documents;
  }
  CHECK(documents == outputs);
}
