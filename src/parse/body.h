#pragma once
// The body (format.md, item 11): lines -> paragraphs (joining hard-wrapped
// lines) -> blocks (headings, points, footnotes, paragraphs) with inline runs.
#include <cstddef>
#include <vector>

#include "model/article.h"
#include "parse/front_matter.h"
#include "parse/lines.h"

namespace paiban::parse {

// Appends the blocks of lines [begin, end) to `a.blocks`.
void parse_body(const std::vector<Line>& lines, std::size_t begin, std::size_t end, const FrontMatter& fm,
                model::Article& a);

}  // namespace paiban::parse
