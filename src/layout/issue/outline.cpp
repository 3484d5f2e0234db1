#include "layout/issue/outline.h"

#include "model/labels.h"

namespace paiban::layout::issue {

std::vector<OutlineItem> issue_outline(const std::vector<OutlineArticle>& articles,
                                       int contents_page, float contents_y) {
  std::vector<OutlineItem> out;
  out.push_back({0, model::kLabels.contents_bookmark, contents_page, contents_y});
  std::string section;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const OutlineArticle& a = articles[i];
    bool in_section = !a.section.empty();
    if (in_section && (i == 0 || a.section != section)) out.push_back({0, a.section, a.first_page, 0});
    section = a.section;
    int base = in_section ? 1 : 0;
    out.push_back({base, a.title, a.first_page, 0});
    for (const OutlineItem& item : a.own) {
      if (item.level <= 0) {  // the article's title: point the article entry at it
        out.back().y = item.y;
        continue;
      }
      out.push_back({base + item.level, item.title, a.first_page + item.page, item.y});
    }
  }
  return out;
}

}  // namespace paiban::layout::issue
