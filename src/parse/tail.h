#pragma once
// The back matter (format.md, items 12–13): editor note `(责编:张灵霞)`,
// copyright footer, `猜你喜欢` related list.
#include <cstddef>
#include <vector>

#include "model/article.h"
#include "parse/lines.h"

namespace paiban::parse {

struct Tail {
  std::size_t body_end = 0;  // the body is [.., body_end)
  // Lines between the editor note and the related list that are neither
  // footer nor junk: text after the note, kept as more body.
  std::size_t extra_begin = 0, extra_end = 0;
};

// Finds the back matter in lines [begin, end), fills `editor` and `related`
// (the keywords must be known: the list's echo of them is dropped).
Tail parse_tail(const std::vector<Line>& lines, std::size_t begin, std::size_t end, model::Article& a);

}  // namespace paiban::parse
