// paiban: the command line. Thin: parse options, call the library, map
// errors to exit codes (README lists them).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <exception>
#include <iostream>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "model/error.h"
#include "paiban/version.h"

// Sanitizer builds tear down as usual so that LeakSanitizer sees every
// allocation freed (or not) by its owner.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define PAIBAN_FULL_TEARDOWN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define PAIBAN_FULL_TEARDOWN 1
#endif
#endif

namespace paiban::cli {

// Tearing down a finished run is pure cost (as clang's -disable-free knows):
// unmapping a dozen font files of 15-27 MB one munmap at a time, freeing the
// document and the caches of HarfBuzz, fontconfig and ICU took about 1.5 ms
// of a 16 ms render, most of it system time. Exiting, the kernel drops the
// whole address space at once. Only stdio buffers hold anything a user would
// miss: outputs are written with write(2) and renamed before an action gets
// here, and its threads are joined.
int finish(int rc) {
#ifndef PAIBAN_FULL_TEARDOWN
  std::cout.flush();
  std::fflush(stdout);
  std::fflush(stderr);
  std::_Exit(rc);
#endif
  return rc;
}

}  // namespace paiban::cli

namespace {

int run(int argc, char** argv) {
  using namespace paiban;
  CLI::App app{"paiban: typesets Chinese periodical articles as PDF booklets, issues and DOCX handouts"};
  app.set_version_flag("--version", std::string("paiban ") + kVersion);
  app.require_subcommand(1);

  std::vector<std::pair<CLI::App*, cli::Action>> commands;
  auto add = [&](cli::Action (*adder)(CLI::App&)) {
    std::size_t before = app.get_subcommands({}).size();
    cli::Action action = adder(app);
    commands.emplace_back(app.get_subcommands({}).at(before), std::move(action));
  };
  using Adder = cli::Action (*)(CLI::App&);
  static const std::pair<const char*, Adder> kCommands[] = {
      {"parse", cli::add_parse_command},   {"lint", cli::add_lint_command},     {"issue", cli::add_issue_command},
      {"layout", cli::add_layout_command}, {"render", cli::add_render_command}, {"batch", cli::add_batch_command}};
  // Building every command's options took 0.14 ms of a 9 ms render: a command
  // named first is the only one built. Anything else (--help, --version, a
  // typo) gets them all, for the full listing and CLI11's own errors.
  const auto named = std::find_if(std::begin(kCommands), std::end(kCommands), [&](const auto& c) {
    return argc > 1 && std::strcmp(argv[1], c.first) == 0;
  });
  if (named != std::end(kCommands)) {
    add(named->second);
  } else {
    for (const auto& [name, adder] : kCommands) add(adder);
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : static_cast<int>(ExitCode::usage);
  }
  try {
    for (auto& [sub, action] : commands)
      if (sub->parsed()) return action();
    return static_cast<int>(ExitCode::usage);
  } catch (const Error& e) {
    std::fprintf(stderr, "paiban: %s\n", e.what());
    return static_cast<int>(e.code());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "paiban: internal error: %s\n", e.what());
    return static_cast<int>(ExitCode::internal);
  }
}

}  // namespace

// Actions that build much (render, layout, issue) call finish() themselves,
// before their own locals are destroyed; this covers the rest and the errors.
int main(int argc, char** argv) { return paiban::cli::finish(run(argc, argv)); }
