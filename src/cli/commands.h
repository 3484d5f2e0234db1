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

}  // namespace paiban::cli
