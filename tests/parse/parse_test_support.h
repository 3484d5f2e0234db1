#pragma once
// Helpers shared by the parser tests: the inputs under tests/parse/inputs
// and a compact view of an article's blocks.
#include <string>
#include <vector>

#include "model/article.h"
#include "parse/parse.h"
#include "support/files.h"  // read_file

namespace paiban::test {

inline std::string input_path(const std::string& name) { return std::string(PAIBAN_TESTS_DIR) + "/parse/inputs/" + name; }
inline std::string example_path() { return std::string(PAIBAN_SOURCE_DIR) + "/examples/zhibu-2014-10-tianzhen.txt"; }

inline model::Article parse_input(const std::string& name) { return parse::parse_file(input_path(name)); }
inline model::Article parse_text(const std::string& text) { return parse::parse_bytes(text, "test.txt"); }

inline std::vector<std::string> block_texts(const model::Article& a) {
  std::vector<std::string> out;
  for (const model::Block& b : a.blocks) out.push_back(b.text());
  return out;
}

inline std::vector<std::string> messages(const model::Article& a, model::Severity severity) {
  std::vector<std::string> out;
  for (const model::Diagnostic& d : a.diagnostics)
    if (d.severity == severity) out.push_back(std::to_string(d.line) + ": " + d.message);
  return out;
}

}  // namespace paiban::test
