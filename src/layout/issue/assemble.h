#pragma once
// An issue -> one document: cover, contents, then every article from a new
// page (a right-hand page when the layout asks, after a blank left one),
// with running heads, folios numbered through the issue, page labels,
// bookmarks section → article → headings, and the issue's metadata.
#include <string>
#include <vector>

#include "layout/display_list.h"
#include "layout/issue/issue.h"
#include "layout/layout_article.h"
#include "layout/layout_spec.h"
#include "text/font_catalog.h"

namespace paiban::layout::issue {

struct ArticlePlacement {
  std::string title;
  int first_page = 0;  // issue page index (0 is the cover)
  int page_count = 0;
};

struct AssembledIssue {
  Document document;
  int front_pages = 0;      // cover, contents and a blank page evening them out
  int contents_pages = 0;
  std::vector<ArticlePlacement> articles;  // issue order
};

// Throws Error(data) when the articles run to more than MAX_PAGES pages.
AssembledIssue assemble_issue(const Issue& issue, const LayoutSpec& spec,
                              const text::FontCatalog& fonts, int max_pages = kMaxIssuePages);

}  // namespace paiban::layout::issue
