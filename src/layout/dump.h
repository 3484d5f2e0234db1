#pragma once
// A readable text dump of a laid-out document: the golden-test format of
// `paiban layout --dump`. Per page: every line with its baseline, x, width
// against the measure, its block and text, and the faces of its runs; rules.
#include <string>

#include "layout/display_list.h"

namespace paiban::layout {

std::string dump(const Document& document);

}  // namespace paiban::layout
