#include "batch/batch_support.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace batch_test {

TempDir::TempDir() {
  std::string tmpl = (fs::temp_directory_path() / "paiban-batch-test-XXXXXX").string();
  if (mkdtemp(tmpl.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = tmpl;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

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

std::vector<char*> argv_of(std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  return argv;
}

int exit_code_of(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

}  // namespace

RunResult run_cli(const std::vector<std::string>& args, const fs::path& cwd,
                  const std::map<std::string, std::string>& env, const std::string& stdin_text) {
  std::vector<std::string> all{PAIBAN_CLI};
  all.insert(all.end(), args.begin(), args.end());
  return run_program(all, cwd, env, stdin_text);
}

RunResult run_program(const std::vector<std::string>& argv_in, const fs::path& cwd,
                      const std::map<std::string, std::string>& env, const std::string& stdin_text) {
  // stdout and stderr go to files: no pipe deadlock whatever their size.
  TempDir io;
  fs::path in = io.path() / "in", out = io.path() / "out", err = io.path() / "err";
  write_file(in, stdin_text);
  std::vector<std::string> all = argv_in;
  pid_t pid = fork();
  if (pid == 0) {
    if (::chdir(cwd.c_str()) != 0) _exit(127);
    // A test run inside a scheduler job must not pick up its shard.
    for (const char* name : {"SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX", "PAIBAN_SHARD_COUNT"})
      unsetenv(name);
    for (const auto& [k, v] : env) setenv(k.c_str(), v.c_str(), 1);
    int fin = ::open(in.c_str(), O_RDONLY), fout = ::open(out.c_str(), O_WRONLY | O_CREAT, 0644),
        ferr = ::open(err.c_str(), O_WRONLY | O_CREAT, 0644);
    dup2(fin, 0), dup2(fout, 1), dup2(ferr, 2);
    std::vector<char*> argv = argv_of(all);
    execv(argv[0], argv.data());
    _exit(127);
  }
  RunResult r;
  r.exit_code = wait_exit_code(pid);
  r.out = read_file(out);
  r.err = read_file(err);
  return r;
}

pid_t spawn_cli(const std::vector<std::string>& args, const fs::path& cwd) {
  std::vector<std::string> all{PAIBAN_CLI};
  all.insert(all.end(), args.begin(), args.end());
  pid_t pid = fork();
  if (pid == 0) {
    if (::chdir(cwd.c_str()) != 0) _exit(127);
    int null = ::open("/dev/null", O_RDWR);
    dup2(null, 0), dup2(null, 1), dup2(null, 2);
    std::vector<char*> argv = argv_of(all);
    execv(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

int wait_exit_code(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return -1;
  return exit_code_of(status);
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
