#pragma once
// Document-level properties every layout of every article must have; each
// check reports through Catch2 with the page and line it fails on.
#include "layout/display_list.h"
#include "layout/layout_spec.h"
#include "model/article.h"

namespace paiban::layout::testing {

void check_measures(const Document& doc);             // no line wider than its measure
void check_prohibitions(const Document& doc);         // clreq line start/end rules
void check_justification(const Document& doc);        // justified fill, last lines not stretched
void check_text_kept(const Document& doc, const model::Article& article);  // nothing lost or doubled
void check_headings_not_last(const Document& doc, const LayoutSpec& spec);
void check_widows_orphans(const Document& doc, const LayoutSpec& spec);
void check_inside_text_block(const Document& doc, const LayoutSpec& spec);
void check_page_numbers(const Document& doc, const LayoutSpec& spec);

inline void check_all(const Document& doc, const LayoutSpec& spec, const model::Article& article) {
  check_measures(doc);
  check_prohibitions(doc);
  check_justification(doc);
  check_text_kept(doc, article);
  check_headings_not_last(doc, spec);
  check_widows_orphans(doc, spec);
  check_inside_text_block(doc, spec);
  check_page_numbers(doc, spec);
}

}  // namespace paiban::layout::testing
