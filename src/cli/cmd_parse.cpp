// `paiban parse FILE [-o OUT.json]` and `paiban lint FILE`.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/output_file.h"
#include "export/json/article_json.h"
#include "parse/parse.h"

namespace paiban::cli {

namespace {

struct ParseArgs {
  std::string input;
  std::string output;
  std::size_t max_bytes = 32u << 20;
};

void add_input_options(CLI::App* cmd, ParseArgs& args) {
  cmd->add_option("FILE", args.input, "article text file")->required();
  cmd->add_option("--max-bytes", args.max_bytes, "refuse inputs larger than this (default 32 MiB)");
}

}  // namespace

Action add_parse_command(CLI::App& app) {
  auto args = std::make_shared<ParseArgs>();
  CLI::App* cmd = app.add_subcommand("parse", "parse an article and print its model as JSON");
  add_input_options(cmd, *args);
  cmd->add_option("-o,--output", args->output, "write the JSON here instead of standard output");
  return [args] {
    model::Article article = parse::parse_file(args->input, {args->max_bytes});
    std::string json = export_json::to_json(article);
    if (args->output.empty())
      std::fwrite(json.data(), 1, json.size(), stdout);
    else
      write_file_atomically(args->output, json);
    return 0;
  };
}

Action add_lint_command(CLI::App& app) {
  auto args = std::make_shared<ParseArgs>();
  CLI::App* cmd = app.add_subcommand("lint", "report problems found while parsing an article");
  add_input_options(cmd, *args);
  return [args] {
    model::Article article = parse::parse_file(args->input, {args->max_bytes});
    for (const model::Diagnostic& d : article.diagnostics)
      std::printf("%s:%d: %s: %s\n", args->input.c_str(), d.line, model::to_string(d.severity),
                  d.message.c_str());
    return 0;
  };
}

}  // namespace paiban::cli
