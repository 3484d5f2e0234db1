#pragma once
// The issue's bookmarks: contents, then section → article → the article's
// headings. Articles outside a named section sit at the top level.
#include <string>
#include <vector>

#include "layout/display_list.h"

namespace paiban::layout::issue {

struct OutlineArticle {
  std::string section;             // empty: not in a named section
  std::string title;
  int first_page = 0;              // issue page index
  std::vector<OutlineItem> own;    // the article's outline, pages relative to its first page
};

// Levels: 0 contents and sections, 1 articles of a section, 2 and 3 their
// headings (one level less for articles outside a section). The article's own
// title entry (level 0 of its outline) is replaced by the article entry.
std::vector<OutlineItem> issue_outline(const std::vector<OutlineArticle>& articles,
                                       int contents_page, float contents_y);

}  // namespace paiban::layout::issue
