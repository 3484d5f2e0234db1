// `paiban render FILE -o OUT.pdf|.docx|.xml|.json [options]`: one article, one
// output whose format follows from the extension.
#include <exception>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/output_file.h"
#include "cli/render_pipeline.h"
#include "model/error.h"
#include "parse/parse.h"
#include "threads/helper_thread.h"

namespace paiban::cli {

namespace {

struct RenderArgs {
  std::string input;
  std::string output;
  std::string impose;
  std::string duplex;
  std::size_t max_bytes = 32u << 20;
  RenderOptions options;
};

// PDF-only options with another format, or imposition options without
// imposition, are mistakes worth stopping for.
void check_combination(const RenderArgs& args, Format format) {
  bool imposition_detail = !args.duplex.empty() || args.options.creep_mm != 0;
  if (format != Format::pdf && (!args.impose.empty() || imposition_detail || args.options.marks))
    throw Error(ExitCode::usage, "--impose, --duplex, --creep and --marks apply to PDF output only");
  if (imposition_detail && args.impose.empty())
    throw Error(ExitCode::usage, "--duplex and --creep need --impose saddle");
  if (args.options.flat && format != Format::docx && format != Format::xml)
    throw Error(ExitCode::usage, "--flat applies to DOCX or XML output only");
}

}  // namespace

Action add_render_command(CLI::App& app) {
  auto args = std::make_shared<RenderArgs>();
  CLI::App* cmd = app.add_subcommand("render", "typeset an article as a PDF booklet (or DOCX, XML, JSON by extension)");
  cmd->add_option("FILE", args->input, "article text file")->required();
  cmd->add_option("-o,--output", args->output, "output file: .pdf, .docx, .xml or .json")->required();
  cmd->add_option("--layout", args->options.layout, "layout name (booklet-a5, ...) or path to a layout .xml");
  cmd->add_option("--impose", args->impose, "saddle: two pages per sheet side in saddle-stitch order")
      ->check(CLI::IsMember({"saddle"}));
  cmd->add_option("--duplex", args->duplex, "how the printer flips imposed sheets: short (default) or long")
      ->check(CLI::IsMember({"short", "long"}));
  cmd->add_flag("--marks", args->options.marks, "add crop and registration marks outside the bleed");
  cmd->add_option("--creep", args->options.creep_mm, "move the innermost sheet's pages this many mm towards the fold")
      ->check(CLI::Range(-20.0, 20.0));
  cmd->add_flag("--flat", args->options.flat, "DOCX as one Flat OPC XML file");
  cmd->add_option("--max-bytes", args->max_bytes, "refuse inputs larger than this (default 32 MiB)");
  return [args] {
    Format format = format_from_extension(args->output);
    check_combination(*args, format);
    args->options.impose_saddle = args->impose == "saddle";
    args->options.duplex_long = args->duplex == "long";
    // The article is read and parsed on a helper while this thread loads the
    // layout and the fonts it names (1.2 ms, and nothing for JSON). A bad
    // input is still the error reported when both fail.
    auto parsed = threads::start_helper([&args] { return parse::parse_file(args->input, {args->max_bytes}); });
    std::shared_ptr<Resources> resources = Resources::on_demand();
    std::exception_ptr preload_error;
    try {
      resources->preload(format, args->options);
    } catch (...) {
      preload_error = std::current_exception();
    }
    model::Article article = parsed.get();
    if (preload_error) std::rethrow_exception(preload_error);
    Rendered rendered = render_article(article, format, args->options, *resources);
    write_file_atomically(args->output, rendered.bytes);
    for (const std::string& w : rendered.warnings)
      std::fprintf(stderr, "paiban: warning: %s: %s\n", args->input.c_str(), w.c_str());
    return finish(0);
  };
}

}  // namespace paiban::cli
