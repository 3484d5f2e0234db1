#pragma once
// Running heads and folios of an issue: journal and issue on left (verso)
// pages, the article's title on right (recto) pages, shortened with an
// ellipsis when it is too long; folios numbered through the whole issue.
#include <string>

#include "layout/display_list.h"
#include "layout/layout_spec.h"
#include "text/font_catalog.h"

namespace paiban::layout::issue {

struct HeadFields {
  std::string journal, issue, title, page, pages;
};

// Replaces {journal} {issue} {title} {page} {pages} in TEMPLATE; other text stays.
std::string expand_fields(const std::string& template_text, const HeadFields& fields);

// TITLE unchanged when it fits MAX_WIDTH in STYLE, else its longest prefix
// that fits followed by `……` (trailing punctuation of the prefix dropped).
std::string shorten_title(const text::FontCatalog& fonts, const std::string& title,
                          const BlockStyle& style, double max_width);

// The head and folio settings an issue uses: the layout's own when it has
// them, otherwise defaults (an issue always has running heads and folios).
RunningText issue_header(const LayoutSpec& spec);
RunningText issue_folio(const LayoutSpec& spec);

// Widest a recto head's title may be: a head should not fill the line.
double head_title_width(const LayoutSpec& spec);

// Sets TEXT as the running head (above the text block) or the folio (below
// it) of PAGE; RECTO selects the page side for outer/inner placement.
void add_running_head(Page& page, const text::FontCatalog& fonts, const LayoutSpec& spec,
                      const RunningText& head, const std::string& text, bool recto);
void add_folio(Page& page, const text::FontCatalog& fonts, const LayoutSpec& spec,
               const RunningText& folio, const std::string& text, bool recto);

}  // namespace paiban::layout::issue
