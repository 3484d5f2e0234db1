// Shards 0..N-1 cover the archive exactly once, whether K/N comes from
// --shard, a Slurm array task or a Kubernetes Indexed Job; -j does not change
// a single byte.
#include <set>

#include <catch2/catch.hpp>

#include "batch/batch_support.h"

using namespace batch_test;

namespace {

constexpr int kInputs = 150;

std::set<std::string> converted(const std::string& jsonl) {
  std::set<std::string> paths;
  for (const auto& line : parse_report(jsonl)) {
    REQUIRE(line.at("status") == "ok");
    paths.insert(line.at("path").get<std::string>());
  }
  return paths;
}

std::set<std::string> run_shard(const fs::path& cwd, const std::vector<std::string>& extra,
                                const std::map<std::string, std::string>& env = {}) {
  std::vector<std::string> args{"batch", "in", "-o", "shards", "--to", "json", "-j1", "--quiet"};
  args.insert(args.end(), extra.begin(), extra.end());
  RunResult r = run_cli(args, cwd, env);
  REQUIRE(r.exit_code == 0);
  return converted(r.out);
}

}  // namespace

TEST_CASE("shards are disjoint and their union is the unsharded run", "[batch]") {
  TempDir tmp;
  std::vector<std::string> all = make_archive(tmp.path() / "in", kInputs);
  RunResult whole = run_cli({"batch", "in", "-o", "whole", "--to", "json", "--quiet"}, tmp.path());
  REQUIRE(whole.exit_code == 0);
  REQUIRE(converted(whole.out) == std::set<std::string>(all.begin(), all.end()));

  constexpr int kShards = 4;
  std::set<std::string> seen;
  std::size_t total = 0;
  for (int k = 0; k < kShards; ++k) {
    std::set<std::string> part = run_shard(tmp.path(), {"--shard", std::to_string(k) + "/" + std::to_string(kShards)});
    CHECK(part.size() > kInputs / kShards / 2);  // the hash spreads the archive
    total += part.size();
    seen.insert(part.begin(), part.end());
  }
  CHECK(total == all.size());  // disjoint
  CHECK(seen == std::set<std::string>(all.begin(), all.end()));
  CHECK(files_under(tmp.path() / "shards") == files_under(tmp.path() / "whole"));
  for (const std::string& f : files_under(tmp.path() / "whole"))
    REQUIRE(read_file(tmp.path() / "shards" / f) == read_file(tmp.path() / "whole" / f));
}

TEST_CASE("the shard is read from Slurm and Kubernetes environments", "[batch]") {
  TempDir tmp;
  make_archive(tmp.path() / "in", 60);
  std::set<std::string> first_of_three = run_shard(tmp.path(), {"--shard", "0/3", "--force"});
  std::set<std::string> last_of_three = run_shard(tmp.path(), {"--shard", "2/3", "--force"});

  // sbatch --array=1-3: task 1 is the first shard.
  CHECK(run_shard(tmp.path(), {"--force"},
                  {{"SLURM_ARRAY_TASK_ID", "1"}, {"SLURM_ARRAY_TASK_MIN", "1"}, {"SLURM_ARRAY_TASK_MAX", "3"}}) ==
        first_of_three);
  // sbatch --array=0-2 with SLURM_ARRAY_TASK_COUNT.
  CHECK(run_shard(tmp.path(), {"--force"},
                  {{"SLURM_ARRAY_TASK_ID", "2"}, {"SLURM_ARRAY_TASK_MIN", "0"}, {"SLURM_ARRAY_TASK_COUNT", "3"}}) ==
        last_of_three);
  // Kubernetes Indexed Job, count by flag or by environment.
  CHECK(run_shard(tmp.path(), {"--force", "--shard-count", "3"}, {{"JOB_COMPLETION_INDEX", "2"}}) == last_of_three);
  CHECK(run_shard(tmp.path(), {"--force"}, {{"JOB_COMPLETION_INDEX", "0"}, {"PAIBAN_SHARD_COUNT", "3"}}) ==
        first_of_three);
  // An explicit --shard wins over the environment.
  CHECK(run_shard(tmp.path(), {"--force", "--shard", "0/3"}, {{"JOB_COMPLETION_INDEX", "2"}}) == first_of_three);

  auto usage = [&](std::vector<std::string> extra, std::map<std::string, std::string> env) {
    std::vector<std::string> args{"batch", "in", "-o", "x", "--to", "json", "--quiet"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_cli(args, tmp.path(), env).exit_code;
  };
  CHECK(usage({}, {{"JOB_COMPLETION_INDEX", "1"}}) == 2);  // no count
  CHECK(usage({"--shard", "3/3"}, {}) == 2);
  CHECK(usage({"--shard", "1/0"}, {}) == 2);
  CHECK(usage({"--shard", "x"}, {}) == 2);
  CHECK(usage({}, {{"SLURM_ARRAY_TASK_ID", "7"}, {"SLURM_ARRAY_TASK_MIN", "0"}, {"SLURM_ARRAY_TASK_MAX", "3"}}) == 2);
}

TEST_CASE("outputs are byte-identical with -j1 and -j2", "[batch]") {
  TempDir tmp;
  make_archive(tmp.path() / "in", 80);
  make_archive(tmp.path() / "few", 4);
  std::map<std::string, std::string> env{{"SOURCE_DATE_EPOCH", "1700000000"}};
  // DOCX joins the check as soon as the DOCX exporter is there.
  std::string print = "pdf,docx";
  if (run_cli({"batch", "few", "-o", "probe", "--to", "docx", "--quiet"}, tmp.path(), env).exit_code != 0) {
    WARN("DOCX export not available yet: checking PDF only");
    print = "pdf";
  }
  std::size_t per_print_input = print == "pdf" ? 2 : 3;  // outputs and the stamp
  for (const char* jobs : {"-j1", "-j2"}) {
    std::string out = std::string("out") + jobs;
    REQUIRE(run_cli({"batch", "in", "-o", out + "/json", "--to", "json", jobs, "--quiet"}, tmp.path(), env).exit_code == 0);
    REQUIRE(run_cli({"batch", "few", "-o", out + "/print", "--to", print, jobs, "--quiet"}, tmp.path(), env)
                .exit_code == 0);
  }
  std::vector<std::string> files = files_under(tmp.path() / "out-j1");
  REQUIRE(files == files_under(tmp.path() / "out-j2"));
  REQUIRE(files.size() == 2 * 80 + per_print_input * 4);
  for (const std::string& f : files)
    REQUIRE(read_file(tmp.path() / "out-j1" / f) == read_file(tmp.path() / "out-j2" / f));
}
