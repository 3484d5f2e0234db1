// `paiban issue MANIFEST -o ISSUE.pdf` and the shorthand `paiban issue A.txt
// B.txt … -o ISSUE.pdf --journal NAME --issue N`: many articles, one issue.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/output_file.h"
#include "cli/render_pipeline.h"
#include "export/pdf/pdf_writer.h"
#include "layout/dump.h"
#include "layout/issue/assemble.h"
#include "layout/issue/manifest.h"
#include "layout/layout_spec.h"
#include "model/error.h"
#include "parse/normalize.h"
#include "parse/parse.h"
#include "text/font_catalog.h"

namespace paiban::cli {

namespace {

namespace li = layout::issue;

struct IssueArgs {
  std::vector<std::string> inputs;
  std::string output;
  std::string layout;
  std::string impose;
  std::string dump;  // also write the layout's text dump here
  bool marks = false;
  bool keep_going = false;
  std::string journal, number, date;
};

bool is_manifest(const std::vector<std::string>& inputs) {
  const std::string& first = inputs.front();
  return inputs.size() == 1 && first.size() > 4 && first.compare(first.size() - 4, 4, ".xml") == 0;
}

// The shorthand: the article files in order, no sections.
li::Manifest manifest_from_args(const IssueArgs& args) {
  li::Manifest m;
  m.source_path = "command line";
  m.journal = args.journal;
  m.number = args.number;
  m.date = args.date;
  m.sections.push_back({});
  for (const std::string& path : args.inputs) m.sections.back().articles.push_back({path, path, 0});
  return m;
}

std::string where(const li::Manifest& m, const li::ArticleRef& ref) {
  return ref.line > 0 ? m.source_path + ":" + std::to_string(ref.line) + ": " : std::string();
}

// Parses every article named by the manifest. A failure stops everything,
// or with keep_going is reported and the article left out.
li::Issue read_articles(const li::Manifest& m, bool keep_going) {
  li::Issue issue{m.journal, m.number, m.date, m.editor_note, m.cover_image, {}};
  for (const li::SectionRef& section : m.sections) {
    li::IssueSection out{section.name, {}};
    for (const li::ArticleRef& ref : section.articles) {
      try {
        out.articles.push_back({parse::parse_file(ref.path), ref.path});
      } catch (const Error& e) {
        std::string message = where(m, ref) + "article " + ref.as_written + ": " + e.what();
        if (!keep_going) throw Error(e.code(), message);
        std::fprintf(stderr, "paiban: %s (left out)\n", message.c_str());
      }
    }
    if (!out.articles.empty()) issue.sections.push_back(std::move(out));
  }
  if (issue.article_count() == 0) throw Error(ExitCode::data, m.source_path + ": no article could be read");
  return issue;
}

// The shorthand may leave journal and issue to the articles' own source lines.
void fill_identity(li::Issue& issue) {
  for (const li::IssueSection& s : issue.sections)
    for (const li::IssueArticle& a : s.articles) {
      if (issue.journal.empty()) issue.journal = a.article.journal;
      if (issue.number.empty()) issue.number = a.article.issue;
    }
  if (issue.journal.empty())
    throw Error(ExitCode::usage, "issue: no journal name: give --journal (no article names one)");
}

export_pdf::PdfOptions pdf_options(const IssueArgs& args) {
  export_pdf::PdfOptions options;
  options.marks = args.marks;
  if (args.impose == "saddle") options.impose = export_pdf::Imposition::saddle;
  options.creation_time = source_date_epoch();  // unset: no dates
  return options;
}

// Manifest texts are typed by editors with the same half-width habits as
// the archives: they get the articles' punctuation normalisation.
void normalise_manifest_text(li::Manifest& manifest) {
  manifest.editor_note = parse::normalize_text(manifest.editor_note);
  for (li::SectionRef& section : manifest.sections) section.name = parse::normalize_text(section.name);
}

int run_issue(const IssueArgs& args) {
  const export_pdf::PdfOptions pdf = pdf_options(args);  // a bad SOURCE_DATE_EPOCH stops before any work
  li::Manifest manifest = is_manifest(args.inputs) ? li::read_manifest(args.inputs.front())
                                                   : manifest_from_args(args);
  normalise_manifest_text(manifest);
  li::Issue issue = read_articles(manifest, args.keep_going);
  fill_identity(issue);
  std::string layout_name = !args.layout.empty() ? args.layout
                            : !manifest.layout.empty() ? manifest.layout : "issue-a4";
  layout::LayoutSpec spec = layout::load_layout(layout_name);
  auto fonts = text::FontCatalog::load({}, spec.font_families);
  for (const std::string& w : spec.warnings) std::fprintf(stderr, "paiban: warning: %s\n", w.c_str());
  li::AssembledIssue assembled = li::assemble_issue(issue, spec, *fonts);
  for (const std::string& w : assembled.document.warnings) std::fprintf(stderr, "paiban: warning: %s\n", w.c_str());
  if (!args.dump.empty()) write_file_atomically(args.dump, layout::dump(assembled.document));
  write_file_atomically(args.output, export_pdf::write_pdf(assembled.document, pdf));
  std::printf("%s: %zu articles, %zu pages\n", args.output.c_str(), issue.article_count(),
              assembled.document.pages.size());
  return finish(0);
}

}  // namespace

Action add_issue_command(CLI::App& app) {
  auto args = std::make_shared<IssueArgs>();
  CLI::App* cmd = app.add_subcommand("issue", "compile many articles into one periodical issue (PDF)");
  cmd->add_option("INPUT", args->inputs, "an issue manifest (.xml), or article files in order")
      ->required();
  cmd->add_option("-o,--output", args->output, "the PDF to write")->required();
  cmd->add_option("--layout", args->layout, "layout NAME or PATH (default: the manifest's, else issue-a4)");
  cmd->add_option("--impose", args->impose, "saddle: saddle-stitch imposition")
      ->check(CLI::IsMember({"saddle"}));
  cmd->add_flag("--marks", args->marks, "crop and registration marks");
  cmd->add_option("--dump", args->dump, "also write the issue's layout as a text dump to this file");
  cmd->add_flag("--keep-going", args->keep_going, "leave out articles that cannot be read, with a diagnostic");
  cmd->add_option("--journal", args->journal, "shorthand: the journal's name");
  cmd->add_option("--issue", args->number, "shorthand: the issue, e.g. 2014年10期");
  cmd->add_option("--date", args->date, "shorthand: the issue's date");
  return [args] { return run_issue(*args); };
}

}  // namespace paiban::cli
