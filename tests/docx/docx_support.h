#pragma once
// Shared helpers of the DOCX tests: sample models, reading a package back,
// running the external checkers.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <tinyxml2.h>

#include "layout/layout_spec.h"
#include "model/article.h"
#include "support/files.h"
#include "support/run_command.h"
#include "support/temp_dir.h"

namespace docx_test {

// A small article with everything the writer handles: subtitle, authors with
// marks, abstract, keywords, lead, headings, points, a footnote with its
// reference, an unreferenced note, editor, related list.
paiban::model::Article sample_article();
const paiban::layout::LayoutSpec& handout_layout();

// The entries of a zip archive held in memory, in archive order.
std::vector<std::pair<std::string, std::string>> unzip(const std::string& archive);
std::string entry(const std::string& archive, const std::string& name);  // "" if absent

// Parses XML or fails the current test.
std::unique_ptr<tinyxml2::XMLDocument> parse_xml(const std::string& xml);

// Direct children of `parent` with the given name.
std::vector<const tinyxml2::XMLElement*> children(const tinyxml2::XMLElement* parent,
                                                  const char* name);
// Every element named `name` below (and including) `root`, document order.
std::vector<const tinyxml2::XMLElement*> descendants(const tinyxml2::XMLElement* root,
                                                     const char* name);

// Temporary folders, files and commands: tests/support.
using paiban::test::read_file;
using paiban::test::shell_quoted;
using paiban::test::TempDir;
using paiban::test::without_space;
using paiban::test::write_file;

// A shell command's exit status and standard output (its standard error is
// not in `output`; add 2>&1 to the command for that).
struct CommandResult {
  int status = -1;
  std::string output;
};
CommandResult run(const std::string& command);

}  // namespace docx_test
