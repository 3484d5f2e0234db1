#pragma once
// The decoded text as numbered, trimmed lines: the unit every structural
// rule looks at.
#include <string_view>
#include <vector>

namespace paiban::parse {

struct Line {
  std::string_view text;  // trimmed of spaces (ASCII, ideographic, NBSP) at both ends
  int number = 0;         // 1-based line number in the input
  int indent = 0;         // leading white space in half-em units
  bool empty() const { return text.empty(); }
};

// `text` must outlive the result (lines are views into it).
std::vector<Line> split_lines(std::string_view text);

// `s` without leading and trailing spaces of any kind.
std::string_view trim(std::string_view s);

}  // namespace paiban::parse
