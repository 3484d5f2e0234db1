#pragma once
// What a Paginator keeps between articles (layout_article.h), shared by
// paginator.cpp (the flow into frames) and finish.cpp (running heads, info).
#include <string>
#include <vector>

#include "layout/layout_article.h"

namespace paiban::layout {

struct Paginator::State {
  const LayoutSpec& spec;
  const text::FontCatalog& fonts;
  PaginatorOptions options;
  Document doc;
  int next_block_id = 0;
  std::vector<std::string> keywords;  // of every article, for DocumentInfo
  std::vector<int> article_first_page;

  State(const LayoutSpec& s, const text::FontCatalog& f, PaginatorOptions o) : spec(s), fonts(f), options(o) {}

  bool recto(int page_index) const { return (options.first_folio + page_index) % 2 != 0; }
  // A new empty page for ARTICLE (-1: a blank page); returns its index.
  // Throws once the document would pass options.max_pages.
  int new_page(int article);
  // Throws DeadlinePassed once options.deadline has passed.
  void check_deadline() const;
};

// Running heads, folios, page labels: finish.cpp.
void set_running_texts(Paginator::State& state);
// Text of a head template with its fields filled.
struct HeadFields {
  std::string journal, issue, title, page, pages;
};
std::string expand_template(const std::string& text, const HeadFields& fields);

}  // namespace paiban::layout
