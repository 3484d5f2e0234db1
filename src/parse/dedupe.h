#pragma once
// Repeats that scraping produces: a whole article pasted twice, single
// paragraphs pasted twice. One copy is kept; the rest is reported as dropped.
#include <cstddef>
#include <vector>

#include "model/article.h"
#include "parse/lines.h"

namespace paiban::parse {

// When the text from some line on repeats the text from its start (an
// article pasted twice), reports the copy and returns the index where it
// starts; otherwise returns lines.size().
std::size_t drop_repeated_copy(const std::vector<Line>& lines, model::Article& a);

// Drops body blocks whose text (20 characters or more) repeats an earlier block.
void drop_duplicate_blocks(model::Article& a);

}  // namespace paiban::parse
