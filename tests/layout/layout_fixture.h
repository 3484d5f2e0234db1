#pragma once
// Shared by the layout tests: the font catalog (loaded once), layouts, and
// small queries over a laid-out Document.
#include <map>
#include <string>
#include <vector>

#include "layout/display_list.h"
#include "layout/layout_spec.h"
#include "text/font_catalog.h"

namespace paiban::layout::testing {

const text::FontCatalog& fonts();
const LayoutSpec& shipped(const std::string& name);
// A layout with very narrow columns (about 8 em) for stress tests.
const LayoutSpec& narrow();

// Lines that belong to the article's flow (not running heads or folios).
bool in_flow(const LineRecord& line);
bool is_heading(const std::string& block);
// Column index of a line on its page.
int column_of(const LayoutSpec& spec, const Page& page, const LineRecord& line);
// Every line's text of each model block, in document order.
std::map<int, std::string> text_by_model_block(const Document& doc);
// Code points of a UTF-8 string.
std::u32string code_points(const std::string& s);

}  // namespace paiban::layout::testing
