#pragma once
// The table of contents (目录): a heading, the editor's note, then per
// section its name and its articles, each with authors, dot leaders and the
// label of the page it starts on, right-aligned. It may run to several pages.
#include <string>
#include <vector>

#include "layout/display_list.h"
#include "layout/layout_spec.h"
#include "text/font_catalog.h"

namespace paiban::layout::issue {

struct ContentsEntry {
  std::string section;  // a new section heading precedes the entry when this changes
  std::string title;
  std::string authors;  // 姜荣 王立新
  std::string page;     // label of the article's first page
};

// The contents pages; the first one is the FIRST_INDEX-th page of the issue
// (its parity picks recto or verso margins).
std::vector<Page> contents_pages(const std::vector<ContentsEntry>& entries,
                                 const std::string& editor_note, const LayoutSpec& spec,
                                 const text::FontCatalog& fonts, int first_index);

}  // namespace paiban::layout::issue
