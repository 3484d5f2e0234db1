#include "layout/issue/issue.h"

namespace paiban::layout::issue {

std::size_t Issue::article_count() const {
  std::size_t n = 0;
  for (const IssueSection& s : sections) n += s.articles.size();
  return n;
}

}  // namespace paiban::layout::issue
