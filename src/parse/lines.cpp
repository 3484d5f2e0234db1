#include "parse/lines.h"

#include "parse/utf8.h"

namespace paiban::parse {

namespace {

// Width in half-em units of leading white space, and its length in bytes.
int leading_space(std::string_view s, std::size_t& bytes) {
  int width = 0;
  std::size_t p = 0;
  while (p < s.size()) {
    std::size_t q = p;
    char32_t c = next_char(s, q);
    if (!is_space(c)) break;
    width += c == '\t' ? 4 : c == 0x3000 ? 2 : 1;
    p = q;
  }
  bytes = p;
  return width;
}

}  // namespace

std::string_view trim(std::string_view s) {
  std::size_t start = 0;
  leading_space(s, start);
  s.remove_prefix(start);
  std::size_t end = s.size();
  while (end > 0) {
    std::size_t p = end;
    char32_t c = prev_char(s, p);
    if (!is_space(c)) break;
    end = p;
  }
  return s.substr(0, end);
}

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  int number = 1;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view raw = text.substr(start, end - start);
    std::size_t lead = 0;
    Line line;
    line.indent = leading_space(raw, lead);
    line.text = trim(raw);
    line.number = number++;
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

}  // namespace paiban::parse
