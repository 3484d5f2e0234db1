#pragma once
// Each subcommand registers itself on the app and returns the function that
// runs it once the command line is parsed. Options live in plain structs.
#include <functional>

#include <CLI/CLI.hpp>

namespace paiban::cli {

using Action = std::function<int()>;  // returns the exit code

Action add_parse_command(CLI::App& app);
Action add_lint_command(CLI::App& app);
Action add_issue_command(CLI::App& app);
Action add_layout_command(CLI::App& app);
Action add_batch_command(CLI::App& app);
Action add_render_command(CLI::App& app);

// An action's last call, once its outputs are closed and renamed and its
// threads joined: ends the process with `rc` at once, without running the
// destructors of what the command built (main.cpp says why). Sanitizer
// builds return `rc` instead, for the action to return as usual.
int finish(int rc);

}  // namespace paiban::cli
