// paiban: the command line. Thin: parse options, call the library, map
// errors to exit codes (README lists them).
#include <cstdio>
#include <exception>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "model/error.h"
#include "paiban/version.h"

int main(int argc, char** argv) {
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
  add(cli::add_parse_command);
  add(cli::add_lint_command);
  add(cli::add_issue_command);
  add(cli::add_layout_command);
  add(cli::add_render_command);
  add(cli::add_batch_command);

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
