#include "batch/batch_support.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <sstream>
#include <thread>

namespace batch_test {

std::string article_variant(int n) {
  static const std::string example = read_file(PAIBAN_SOURCE_DIR "/examples/zhibu-2014-10-tianzhen.txt");
  std::string text = example;
  std::string title = "组织工作要紧扣中心服务大局";
  std::string numbered = title + "(之" + std::to_string(n) + ")";
  for (std::size_t at = text.find(title); at != std::string::npos; at = text.find(title, at + numbered.size()))
    text.replace(at, title.size(), numbered);
  std::string paragraph = "当前,天镇县的中心和大局工作";
  if (std::size_t at = text.find(paragraph); at != std::string::npos)
    text.insert(at, "第" + std::to_string(n) + "次修订:");
  return text;
}

std::vector<std::string> make_archive(const fs::path& root, int count) {
  std::vector<std::string> relative;
  for (int n = 0; n < count; ++n) {
    std::string rel = "vol" + std::to_string(n % 7) + "/art" + std::to_string(n) + ".txt";
    write_file(root / rel, article_variant(n));
    relative.push_back(rel);
  }
  std::sort(relative.begin(), relative.end());
  return relative;
}

namespace {

// A test run inside a scheduler job must not pick up its shard.
paiban::test::ProgramOptions options(const fs::path& cwd, const std::map<std::string, std::string>& env,
                                     const std::string& stdin_text) {
  paiban::test::ProgramOptions o;
  o.cwd = cwd;
  o.unset_env = {"SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX", "PAIBAN_SHARD_COUNT"};
  for (const auto& [k, v] : env) o.env.push_back(k + "=" + v);
  o.stdin_text = stdin_text;
  return o;
}

}  // namespace

RunResult run_cli(const std::vector<std::string>& args, const fs::path& cwd,
                  const std::map<std::string, std::string>& env, const std::string& stdin_text) {
  return paiban::test::run_cli(args, options(cwd, env, stdin_text));
}

RunResult run_program(const std::vector<std::string>& argv, const fs::path& cwd,
                      const std::map<std::string, std::string>& env, const std::string& stdin_text) {
  return paiban::test::run_program(argv, options(cwd, env, stdin_text));
}

pid_t spawn_cli(const std::vector<std::string>& args, const fs::path& cwd) {
  std::vector<std::string> all{PAIBAN_CLI};
  all.insert(all.end(), args.begin(), args.end());
  pid_t pid = fork();
  if (pid == 0) {
    if (::chdir(cwd.c_str()) != 0) _exit(127);
    int null = ::open("/dev/null", O_RDWR);
    dup2(null, 0), dup2(null, 1), dup2(null, 2);
    std::vector<char*> argv;
    for (std::string& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

bool wait_for_report_lines(const fs::path& report, std::size_t lines) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (std::chrono::steady_clock::now() < deadline) {
    std::string text = read_file(report);
    if (static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) >= lines) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return false;
}

std::vector<nlohmann::json> parse_report(const std::string& jsonl) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(jsonl);
  for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
  return lines;
}

std::map<std::string, nlohmann::json> report_by_path(const std::vector<nlohmann::json>& lines) {
  std::map<std::string, nlohmann::json> by_path;
  for (const nlohmann::json& l : lines) by_path[l.at("path").get<std::string>()] = l;
  return by_path;
}

std::vector<std::string> files_under(const fs::path& root) {
  std::vector<std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file()) files.push_back(e.path().lexically_relative(root).generic_string());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace batch_test
