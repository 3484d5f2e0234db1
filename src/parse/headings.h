#pragma once
// Section headings (format.md, body): level 1 `一、` `一.` `第一章` `1 引言`
// and unnumbered `引言`/`结语`; level 2 `(一)` `1.1` `第一节`.
#include <optional>
#include <string>
#include <string_view>

namespace paiban::parse {

struct HeadingNumber {
  int level = 1;
  std::size_t length = 0;  // characters of the number with its punctuation: `一、` -> 2
  std::string series;      // numbering style, for the sequence check: `、`, `（）`, `1.1`
  int value = 0;           // 1-based number within the series, 0 for unnumbered
};

// The heading number at the start of `text` (normalised, so brackets are
// full-width). `raw` is the line as in the input, which still has the space
// that tells `1 引言` (a heading) from `1引言`.
std::optional<HeadingNumber> match_heading_number(std::u32string_view text, std::string_view raw);

// `引言`, `结语`, `参考文献`… standing alone as a line.
bool is_unnumbered_heading(std::u32string_view text);
// `参考文献`, `注释`: what follows is a list of notes.
bool starts_notes(std::u32string_view text);

// A heading is short and has no sentence inside it; longer text after a
// heading number is a run-in heading (`(一)加强领导。要…`).
bool reads_as_heading(std::u32string_view text);

}  // namespace paiban::parse
