#pragma once
// Characters that betray text decoded with the wrong encoding somewhere
// upstream: U+FFFD, `锟斤拷`, Latin-1 pairs such as `ç»`, private-use code points.
#include <vector>

#include "model/article.h"
#include "parse/lines.h"

namespace paiban::parse {

void report_mojibake(const std::vector<Line>& lines, model::Article& a);

}  // namespace paiban::parse
