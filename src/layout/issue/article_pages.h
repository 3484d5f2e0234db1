#pragma once
// Lays out the issue's articles, each into its own document of body pages
// (no running heads or folios: the issue sets those with continuous
// numbers). Articles are independent, so they are laid out in parallel.
#include <vector>

#include "layout/display_list.h"
#include "layout/issue/issue.h"
#include "layout/layout_spec.h"
#include "text/font_catalog.h"

namespace paiban::layout::issue {

// One document per article, in issue order, each of at most MAX_PAGES pages.
std::vector<Document> layout_articles(const Issue& issue, const LayoutSpec& spec,
                                      const text::FontCatalog& fonts, int max_pages);

}  // namespace paiban::layout::issue
