#include "parse/numbering.h"

#include <map>
#include <string>

#include "parse/headings.h"
#include "parse/numerals.h"
#include "parse/points.h"
#include "parse/report.h"
#include "parse/utf8.h"

namespace paiban::parse {

namespace {

std::string heading_label(const std::string& series, int value) {
  std::string n = chinese_numeral(value);
  if (series == "、" || series == ".") return n + series;
  if (series == "（）") return "（" + n + "）";
  if (series == "章") return "第" + n + "章";
  if (series == "节") return "第" + n + "节";
  return "";
}

// Last number seen per series; a number that is not the next one is reported.
struct SeriesCheck {
  std::map<std::string, int> last;

  void see(model::Article& a, int line, const std::string& kind, const std::string& series, int value) {
    if (value <= 0) return;
    auto it = last.find(series);
    int prev = it == last.end() ? 0 : it->second;
    last[series] = value;
    if (value == 1 || value == prev + 1) return;
    auto label = [&](int v) { return kind == "point" ? point_label_text(series, v) : heading_label(series, v); };
    if (value <= prev) {
      report(a, line, model::Severity::warning,
             kind + " " + label(value) + " out of order (after " + label(prev) + ")");
      return;
    }
    for (int missing = prev + 1; missing < value; ++missing)
      report(a, line, model::Severity::warning, kind + " " + label(missing) + " missing");
  }
};

}  // namespace

void check_numbering(model::Article& a) {
  SeriesCheck level1, level2, points;
  for (std::size_t i = 0; i < a.blocks.size(); ++i) {
    const model::Block& b = a.blocks[i];  // reports append to diagnostics, never to blocks
    std::u32string text = to_u32(b.text());
    bool heading_like = b.type == model::BlockType::heading || (b.type == model::BlockType::point && b.level > 0);
    if (heading_like) {
      points.last.clear();
      auto h = match_heading_number(text, "");
      if (!h || heading_label(h->series, 1).empty()) continue;
      if (h->level == 1) {
        level2.last.clear();
        level1.see(a, b.line, "heading", h->series, h->value);
      } else {
        level2.see(a, b.line, "heading", h->series, h->value);
      }
    } else if (b.type == model::BlockType::point) {
      if (auto p = match_point_label(text)) points.see(a, b.line, "point", p->series, p->value);
    }
  }
}

}  // namespace paiban::parse
