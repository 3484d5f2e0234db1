#pragma once
// The front matter (format.md, items 1–10): junk before the title, title and
// subtitle, date line, journal and issue, keywords, byline, affiliations,
// abstracts, the repeated headline block and the `▸▸▸` lead.
#include <cstddef>
#include <string>
#include <vector>

#include "model/article.h"
#include "parse/lines.h"

namespace paiban::parse {

struct FrontMatter {
  std::size_t body_begin = 0;           // index of the first body line
  std::string title_key;                // title without spaces, to drop its repeats
  std::vector<std::string> byline_keys; // byline lines without spaces, likewise
};

// Fills the front-matter fields of `a` from lines [begin, end).
FrontMatter parse_front_matter(const std::vector<Line>& lines, std::size_t begin, std::size_t end,
                               model::Article& a);

// The lead text of a `▸▸▸` line, or empty when the line is not one.
std::string lead_text(std::string_view line);

}  // namespace paiban::parse
