#include "layout/issue/article_pages.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

#include "layout/layout_article.h"

namespace paiban::layout::issue {

namespace {

// Runs JOB(i) for i in [0, N) on up to the machine's cores; the first
// exception (in index order) is rethrown after all workers finish.
template <typename Job>
void parallel_for(std::size_t n, Job job) {
  std::vector<std::exception_ptr> errors(n);
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < n; i = next++) {
      try {
        job(i);
      } catch (...) {
        errors[i] = std::current_exception();
      }
    }
  };
  std::size_t threads = std::min<std::size_t>(n, std::max(1u, std::thread::hardware_concurrency()));
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
  for (const std::exception_ptr& e : errors)
    if (e) std::rethrow_exception(e);
}

}  // namespace

std::vector<Document> layout_articles(const Issue& issue, const LayoutSpec& spec,
                                      const text::FontCatalog& fonts, int max_pages) {
  std::vector<const model::Article*> articles;
  for (const IssueSection& s : issue.sections)
    for (const IssueArticle& a : s.articles) articles.push_back(&a.article);

  // Heads and folios come from the issue, numbered through it.
  PaginatorOptions options;
  options.running_heads = false;
  options.max_pages = max_pages;
  std::vector<Document> documents(articles.size());
  parallel_for(articles.size(), [&](std::size_t i) {
    documents[i] = layout_article(*articles[i], spec, fonts, options);
  });
  return documents;
}

}  // namespace paiban::layout::issue
