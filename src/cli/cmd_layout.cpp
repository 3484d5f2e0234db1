// `paiban layout FILE [--layout NAME|PATH] [--dump] [-o OUT]`: lays the
// article out and prints the display list as text (the golden-test format),
// or a one-line summary without --dump.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/output_file.h"
#include "layout/dump.h"
#include "layout/layout_article.h"
#include "layout/layout_spec.h"
#include "parse/parse.h"
#include "text/font_catalog.h"

namespace paiban::cli {

namespace {

struct LayoutArgs {
  std::string input;
  std::string layout = "booklet-a5";
  std::string output;
  bool dump = false;
};

}  // namespace

Action add_layout_command(CLI::App& app) {
  auto args = std::make_shared<LayoutArgs>();
  CLI::App* cmd = app.add_subcommand("layout", "lay an article out into pages and print the result as text");
  cmd->add_option("FILE", args->input, "article text file")->required();
  cmd->add_option("--layout", args->layout, "shipped layout name or path of a layout XML (default booklet-a5)");
  cmd->add_flag("--dump", args->dump, "print every line with its position, width and text");
  cmd->add_option("-o,--output", args->output, "write the dump here instead of standard output");
  return [args] {
    layout::LayoutSpec spec = layout::load_layout(args->layout);
    model::Article article = parse::parse_file(args->input);
    auto fonts = text::FontCatalog::load({}, spec.font_families);
    layout::Document doc = layout::layout_article(article, spec, *fonts);
    for (const std::string& w : spec.warnings) std::fprintf(stderr, "paiban: warning: %s\n", w.c_str());
    for (const std::string& w : doc.warnings)
      std::fprintf(stderr, "paiban: warning: %s: %s\n", args->input.c_str(), w.c_str());
    std::string out = args->dump ? layout::dump(doc)
                                 : args->input + ": " + std::to_string(doc.pages.size()) + " pages (" + spec.name + ")\n";
    if (args->output.empty())
      std::fwrite(out.data(), 1, out.size(), stdout);
    else
      write_file_atomically(args->output, out);
    return finish(0);
  };
}

}  // namespace paiban::cli
