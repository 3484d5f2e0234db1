#pragma once
// Article model -> pages. A Paginator keeps its place so that several
// articles can follow each other in one Document (an issue); layout_article
// is the one-article case.
#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "layout/display_list.h"
#include "layout/layout_spec.h"
#include "model/article.h"
#include "model/error.h"
#include "text/font_catalog.h"

namespace paiban::layout {

// Pages one document may hold. Far more than any article or issue needs: a
// document this long comes from a runaway input or layout, and its display
// lists would fill memory before it is written.
constexpr int kMaxArticlePages = 5000;
constexpr int kMaxIssuePages = 20000;

// The paginator's answer to a passed PaginatorOptions::deadline; `paiban
// batch` reports it as a timeout rather than as bad input.
class DeadlinePassed : public Error {
 public:
  explicit DeadlinePassed(const std::string& message) : Error(ExitCode::data, message) {}
};

struct PaginatorOptions {
  int first_folio = 1;         // page number of the document's first page; odd numbers are rectos
  bool running_heads = true;   // set the layout's running heads and folios in finish()
  // Set paragraphs on a helper thread too (set_blocks.h). A caller that keeps
  // every core busy with one document per thread (`paiban batch`) turns it off.
  bool threads = true;
  int max_pages = kMaxArticlePages;  // one page more throws Error(data)
  // Checked at each block set and each new page; once past, DeadlinePassed.
  std::optional<std::chrono::steady_clock::time_point> deadline;
};

class Paginator {
 public:
  Paginator(const LayoutSpec& spec, const text::FontCatalog& fonts, PaginatorOptions options = {});
  ~Paginator();
  Paginator(const Paginator&) = delete;
  Paginator& operator=(const Paginator&) = delete;

  // Sets ARTICLE from the top of a new page (a recto, after a blank verso,
  // when the layout says start_recto). Returns its index in the document.
  int add_article(const model::Article& article);
  // Running heads and folios (now that {pages} is known), page labels and
  // document info (from the first article). The Paginator is spent after this.
  Document finish();

  struct State;

 private:
  std::unique_ptr<State> state_;
};

Document layout_article(const model::Article& article, const LayoutSpec& spec, const text::FontCatalog& fonts,
                        PaginatorOptions options = {});

}  // namespace paiban::layout
