#include "support/run_command.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <memory>
#include <stdexcept>

extern char** environ;

namespace paiban::test {

namespace {

std::vector<char*> pointers(std::vector<std::string>& strings) {
  std::vector<char*> out;
  for (std::string& s : strings) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

std::string name_of(const std::string& entry) { return entry.substr(0, entry.find('=')); }

// The inherited environment without the names OPTIONS unsets or sets, then its settings.
std::vector<std::string> environment(const ProgramOptions& options) {
  std::vector<std::string> dropped = options.unset_env;
  for (const std::string& e : options.env) dropped.push_back(name_of(e));
  std::vector<std::string> out;
  for (char** e = environ; *e; ++e) {
    std::string entry = *e;
    bool drop = false;
    for (const std::string& name : dropped) drop = drop || name_of(entry) == name;
    if (!drop) out.push_back(entry);
  }
  out.insert(out.end(), options.env.begin(), options.env.end());
  return out;
}

// Reads both pipes to the end without letting either fill up and block the child.
void drain(int out_fd, int err_fd, std::string& out, std::string& err) {
  pollfd fds[2] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
  std::string* sinks[2] = {&out, &err};
  int open = 2;
  char buf[65536];
  while (open > 0) {
    if (poll(fds, 2, -1) < 0) continue;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t n = read(fds[i].fd, buf, sizeof buf);
      if (n > 0) {
        sinks[i]->append(buf, static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open;
      }
    }
  }
}

// Standard input for the child: the text in an unlinked temporary file.
std::unique_ptr<FILE, int (*)(FILE*)> stdin_file(const std::string& text) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(text.empty() ? std::fopen("/dev/null", "rb") : std::tmpfile(), std::fclose);
  if (!f) throw std::runtime_error("cannot make the standard input of a test command");
  if (!text.empty()) {
    std::fwrite(text.data(), 1, text.size(), f.get());
    std::fflush(f.get());
    std::rewind(f.get());
  }
  return f;
}

[[noreturn]] void exec_child(char* const* argv, char* const* envp, const ProgramOptions& options, int in,
                             int out, int err) {
  dup2(in, 0);
  dup2(out, 1);
  dup2(err, 2);
  if (!options.cwd.empty() && chdir(options.cwd.c_str()) != 0) _exit(127);
  if (options.max_file_bytes > 0) {
    signal(SIGXFSZ, SIG_IGN);  // kept across exec
    rlimit lim{options.max_file_bytes, options.max_file_bytes};
    setrlimit(RLIMIT_FSIZE, &lim);
  }
  execve(argv[0], argv, envp);
  _exit(127);
}

}  // namespace

CommandResult run_program(const std::vector<std::string>& argv_in, const ProgramOptions& options) {
  std::vector<std::string> argv_s = argv_in, env_s = environment(options);
  std::vector<char*> argv = pointers(argv_s), envp = pointers(env_s);
  auto in = stdin_file(options.stdin_text);
  int out_pipe[2], err_pipe[2];
  if (pipe2(out_pipe, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
  if (pipe2(err_pipe, O_CLOEXEC) != 0) {
    close(out_pipe[0]);
    close(out_pipe[1]);
    throw std::runtime_error("pipe failed");
  }
  pid_t pid = fork();
  if (pid == 0) exec_child(argv.data(), envp.data(), options, fileno(in.get()), out_pipe[1], err_pipe[1]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  CommandResult r;
  drain(out_pipe[0], err_pipe[0], r.out, r.err);
  if (pid < 0) throw std::runtime_error("fork failed");
  r.exit_code = wait_exit_code(pid);
  return r;
}

CommandResult run(const std::string& command) { return run_program({"/bin/sh", "-c", command}); }

std::string shell_quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

int wait_exit_code(int pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return -1;
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

}  // namespace paiban::test
