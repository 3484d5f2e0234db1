#pragma once
// Recording what the parser leaves out: every dropped line or fragment gets
// a diagnostic that names its lines and keeps the text, so nothing vanishes
// silently (the character-preservation tests rely on it).
#include <string>
#include <string_view>
#include <vector>

#include "model/article.h"
#include "parse/lines.h"

namespace paiban::parse {

void report(model::Article& a, int line, model::Severity severity, std::string message);

// Drops lines [first, last] (indices into `lines`; blank ones included in the range).
void report_dropped_lines(model::Article& a, const std::vector<Line>& lines, std::size_t first, std::size_t last,
                          model::Severity severity, std::string message);

void report_dropped_text(model::Article& a, int line, std::string_view text, model::Severity severity,
                         std::string message);

}  // namespace paiban::parse
