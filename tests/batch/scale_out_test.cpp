// The recipes of docs/scale-out.md, run for real where this machine can:
// GNU parallel locally and through --sshlogin ':' (this host), the Slurm
// array script with the variables Slurm would set, the Kubernetes Indexed
// Job's pod command with JOB_COMPLETION_INDEX; reports merged.
#include <set>

#include <catch2/catch.hpp>

#include "batch/batch_support.h"

using namespace batch_test;

namespace {

constexpr int kInputs = 90;
const std::string kRecipes = PAIBAN_SOURCE_DIR "/docs/scale-out/";

bool have(const char* program) {
  return run_program({"/bin/sh", "-c", std::string("command -v ") + program}, ".").exit_code == 0;
}

// The merged report must name every input once, each converted.
void check_merged(const fs::path& merged, const std::vector<std::string>& inputs) {
  std::vector<std::string> paths;
  for (const auto& line : parse_report(read_file(merged))) {
    CHECK(line.at("status") == "ok");
    paths.push_back(line.at("path"));
  }
  CHECK(paths == inputs);  // sorted by the merge, no repeats
}

void check_same_outputs(const fs::path& a, const fs::path& b) {
  std::vector<std::string> documents;
  for (const std::string& f : files_under(a))
    if (f.ends_with(".json")) documents.push_back(f);
  REQUIRE(documents.size() == static_cast<std::size_t>(kInputs));
  for (const std::string& f : documents) REQUIRE(read_file(a / f) == read_file(b / f));
}

struct Archive {
  TempDir tmp;
  std::vector<std::string> inputs = make_archive(tmp.path() / "in", kInputs);
  Archive() {
    REQUIRE(run_cli({"batch", "in", "-o", "whole", "--to", "json", "--quiet"}, tmp.path()).exit_code == 0);
  }
};

}  // namespace

TEST_CASE("the GNU parallel recipes cover the archive once", "[batch][scale-out]") {
  if (!have("parallel") || !have("jq")) {
    WARN("GNU parallel or jq missing (scripts/setup installs them): recipe not run");
    return;
  }
  Archive a;
  std::map<std::string, std::string> env{{"PAIBAN", PAIBAN_CLI}, {"HOME", a.tmp.path().string()}};
  RunResult local = run_program({kRecipes + "parallel-local.sh", "in", "local", "3", "--to", "json"}, a.tmp.path(), env);
  INFO(local.err);
  REQUIRE(local.exit_code == 0);
  check_merged(a.tmp.path() / "local/report.jsonl", a.inputs);
  check_same_outputs(a.tmp.path() / "whole", a.tmp.path() / "local");

  write_file(a.tmp.path() / "hosts", ":\n");  // ':' is this machine, no ssh needed
  RunResult hosts = run_program({kRecipes + "parallel-hosts.sh", "hosts", "in", "hosts-out", "5", "--to", "json"},
                                a.tmp.path(), env);
  INFO(hosts.err);
  REQUIRE(hosts.exit_code == 0);
  check_merged(a.tmp.path() / "hosts-out/report.jsonl", a.inputs);
  check_same_outputs(a.tmp.path() / "whole", a.tmp.path() / "hosts-out");
}

TEST_CASE("the Slurm array script, run as Slurm would, covers the archive once", "[batch][scale-out]") {
  Archive a;
  for (int task = 0; task < 4; ++task) {  // sbatch --array=0-3
    RunResult r = run_program({kRecipes + "slurm-array.sbatch"}, a.tmp.path(),
                              {{"PAIBAN", PAIBAN_CLI}, {"INPUT", "in"}, {"OUTDIR", "slurm"}, {"FORMATS", "json"},
                               {"SLURM_ARRAY_TASK_ID", std::to_string(task)}, {"SLURM_ARRAY_TASK_MIN", "0"},
                               {"SLURM_ARRAY_TASK_MAX", "3"}, {"SLURM_ARRAY_TASK_COUNT", "4"},
                               {"SLURM_CPUS_PER_TASK", "1"}});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  }
  std::vector<std::string> reports;
  for (int task = 0; task < 4; ++task) reports.push_back("slurm/reports/shard-" + std::to_string(task) + ".jsonl");
  if (have("jq")) {
    std::vector<std::string> merge{kRecipes + "merge-reports.sh", "slurm/report.jsonl"};
    merge.insert(merge.end(), reports.begin(), reports.end());
    REQUIRE(run_program(merge, a.tmp.path()).exit_code == 0);
    check_merged(a.tmp.path() / "slurm/report.jsonl", a.inputs);
  }
  check_same_outputs(a.tmp.path() / "whole", a.tmp.path() / "slurm");
}

TEST_CASE("the Kubernetes Indexed Job's pods cover the archive once", "[batch][scale-out]") {
  RunResult m = run_program({"/usr/bin/python3", PAIBAN_TESTS_DIR "/batch/manifest_command.py",
                             kRecipes + "k8s-indexed-job.yaml"}, ".");
  REQUIRE(m.exit_code == 0);
  nlohmann::json pod = nlohmann::json::parse(m.out);
  CHECK(pod.at("mode") == "Indexed");
  int completions = pod.at("completions");
  REQUIRE(pod.at("shard_count") == std::to_string(completions));
  REQUIRE(pod.at("command") == nlohmann::json({"/bin/sh", "-c"}));

  // The pod's shell line, with the volume at a temporary folder and the built binary.
  Archive a;
  std::string line = pod.at("args").at(0);
  auto replace_all = [&](const std::string& from, const std::string& to) {
    for (std::size_t at = line.find(from); at != std::string::npos; at = line.find(from, at + to.size()))
      line.replace(at, from.size(), to);
  };
  replace_all("/data/archive", (a.tmp.path() / "in").string());
  replace_all("/data", a.tmp.path().string());
  replace_all("--to pdf,docx", "--to json");
  replace_all("exec paiban ", std::string("exec ") + PAIBAN_CLI + " ");
  for (int index = 0; index < completions; ++index) {
    RunResult r = run_program({"/bin/sh", "-c", line}, a.tmp.path(),
                              {{"JOB_COMPLETION_INDEX", std::to_string(index)},
                               {"PAIBAN_SHARD_COUNT", pod.at("shard_count")}});
    INFO(line << "\n" << r.err);
    REQUIRE(r.exit_code == 0);
  }
  CHECK(files_under(a.tmp.path() / "out/reports").size() == static_cast<std::size_t>(completions));
  check_same_outputs(a.tmp.path() / "whole", a.tmp.path() / "out");
}
