#pragma once
// Shared helpers of the DOCX tests: sample models, reading a package back,
// temporary folders and running the external checkers.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <tinyxml2.h>

#include "layout/layout_spec.h"
#include "model/article.h"

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

// Removed with its contents at the end, unless PAIBAN_KEEP_TEST_FILES is set.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

void write_file(const std::filesystem::path& path, const std::string& bytes);
std::string read_file(const std::filesystem::path& path);

struct CommandResult {
  int status = -1;
  std::string output;  // stdout
};
CommandResult run(const std::string& command);
std::string shell_quoted(const std::string& text);  // for a POSIX shell

// Text without any whitespace (ASCII, U+3000, U+00A0), for comparisons.
std::string without_space(const std::string& text);

}  // namespace docx_test
