#include "layout_properties.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>

#include "layout_fixture.h"

namespace paiban::layout::testing {

namespace {

constexpr float kTolerance = 0.01f;

// typography.md "Line breaking" (clreq), written out here independently of
// the text engine's tables. Half-width forms are included: a line starting
// with an ASCII comma is as wrong as one starting with a full-width one.
const std::u32string kNotAtStart = U"，。、：；！？）］｝」』》〉】〕〗〙〛”’…—·%,.:;!?)]}";
const std::u32string kNotAtEnd = U"（〔［｛「『《〈【〖〘〚“‘([{";

std::string where(const Page& page, const LineRecord& line) {
  return "page " + page.label + " y " + std::to_string(line.y) + " [" + line.block + "] " + line.text;
}

}  // namespace

void check_measures(const Document& doc) {
  for (const Page& page : doc.pages)
    for (const LineRecord& line : page.lines) {
      CAPTURE(where(page, line));
      CHECK(line.width <= line.measure + kTolerance);
      for (int r = line.first_run; r < line.first_run + line.run_count; ++r)
        for (const text::PlacedGlyph& g : page.runs[static_cast<std::size_t>(r)].glyphs.glyphs) {
          // A line-start opening bracket set half-width hangs its blank half
          // before the origin; its ink starts at the origin.
          CHECK(g.x >= -0.5f * line.size - kTolerance);
          CHECK(g.x <= line.measure + kTolerance);
        }
    }
}

// Checked where the engine broke a line: the end of every line but a block's
// last, the start of every line but a block's first.
void check_prohibitions(const Document& doc) {
  std::set<std::pair<int, int>> started;
  std::u32string previous_end;
  for (const Page& page : doc.pages)
    for (const LineRecord& line : page.lines) {
      if (!in_flow(line) || line.text.empty()) continue;
      CAPTURE(where(page, line));
      std::u32string cps = code_points(line.text);
      if (!line.last) CHECK(kNotAtEnd.find(cps.back()) == std::u32string::npos);
      // A row of dashes and ellipses longer than a line must continue somewhere.
      auto dash = [](char32_t c) { return c == U'—' || c == U'…'; };
      bool run_continues = !previous_end.empty() && dash(previous_end.back()) && dash(cps.front());
      // Half-width marks count in Chinese context; inside a Latin word or URL
      // broken in an emergency, UAX #14 is the text engine's business.
      bool latin_context = cps.front() < 0x80 && !previous_end.empty() && previous_end.back() < 0x2E80;
      if (!started.insert({line.article, line.block_id}).second && !run_continues && !latin_context)
        CHECK(kNotAtStart.find(cps.front()) == std::u32string::npos);
      previous_end = cps;
    }
}

void check_justification(const Document& doc) {
  for (const Page& page : doc.pages)
    for (const LineRecord& line : page.lines) {
      CAPTURE(where(page, line));
      // One character alone (before an unbreakable Latin word) has no gap to stretch.
      if (line.justified && code_points(line.text).size() > 1)
        CHECK(std::abs(line.width - line.measure) <= kTolerance);
      bool flush_left = line.align == text::Align::justify || line.align == text::Align::left;
      if (line.last && flush_left && in_flow(line)) CHECK(line.width <= line.natural + kTolerance);
    }
}

void check_text_kept(const Document& doc, const model::Article& article) {
  std::map<int, std::string> got = text_by_model_block(doc);
  for (std::size_t i = 0; i < article.blocks.size(); ++i) {
    CAPTURE(i);
    CHECK(got[static_cast<int>(i)] == article.blocks[i].text());
  }
  CHECK(got.size() == article.blocks.size());
  std::map<std::string, std::string> by_kind;
  for (const Page& page : doc.pages)
    for (const LineRecord& line : page.lines) by_kind[line.block] += line.text;
  CHECK(by_kind["title"] == article.title);
  CHECK(by_kind["lead"] == article.lead);
  CHECK(by_kind["subtitle"] == article.subtitle);
  std::string related;
  for (const std::string& r : article.related) related += r;
  CHECK(by_kind["related"] == related);
  CHECK(by_kind["editor"] == (article.editor.empty() ? "" : "（责编：" + article.editor + "）"));
  std::string names;
  for (const model::Author& a : article.authors) {
    CAPTURE(a.name);
    CHECK(by_kind["byline"].find(a.name) != std::string::npos);
  }
}

// The last flow line of each column (footnotes aside) is no heading, unless
// the article ends there.
void check_headings_not_last(const Document& doc, const LayoutSpec& spec) {
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const Page& page = doc.pages[p];
    std::map<int, const LineRecord*> last;
    for (const LineRecord& line : page.lines)
      if (in_flow(line) && line.block != "footnote") last[column_of(spec, page, line)] = &line;
    for (const auto& [column, line] : last) {
      CAPTURE(where(page, *line), column);
      CHECK_FALSE(is_heading(line->block));
    }
  }
}

// A block split between columns leaves at least two lines on each side.
void check_widows_orphans(const Document& doc, const LayoutSpec& spec) {
  std::map<std::pair<int, int>, std::vector<int>> parts;  // (article, block) -> lines per column run
  std::map<std::pair<int, int>, std::pair<std::size_t, int>> where_last;
  for (std::size_t p = 0; p < doc.pages.size(); ++p)
    for (const LineRecord& line : doc.pages[p].lines) {
      if (!in_flow(line)) continue;
      auto key = std::make_pair(line.article, line.block_id);
      auto column = std::make_pair(p, column_of(spec, doc.pages[p], line));
      auto& counts = parts[key];
      if (counts.empty() || where_last[key] != column) counts.push_back(0);
      ++counts.back();
      where_last[key] = column;
    }
  for (const auto& [key, counts] : parts) {
    if (counts.size() < 2) continue;
    CAPTURE(key.second, counts);
    CHECK(counts.front() >= 2);
    CHECK(counts.back() >= 2);
  }
}

void check_inside_text_block(const Document& doc, const LayoutSpec& spec) {
  for (const Page& page : doc.pages) {
    Frame block = text_block(spec, page.recto);
    for (const LineRecord& line : page.lines) {
      if (!in_flow(line)) continue;
      CAPTURE(where(page, line));
      CHECK(line.x >= block.x - kTolerance);
      CHECK(line.x + line.width <= block.x + block.width + kTolerance);
      CHECK(line.y - 0.88f * line.size >= block.y - kTolerance);
      CHECK(line.y + 0.12f * line.size <= block.y + block.height + kTolerance);
    }
  }
}

void check_page_numbers(const Document& doc, const LayoutSpec& spec) {
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const Page& page = doc.pages[p];
    CAPTURE(p);
    CHECK(page.label == std::to_string(p + 1));
    CHECK(page.recto == (p % 2 == 0));
    if (!spec.folio.enabled || page.article < 0) continue;
    bool first = doc.articles[static_cast<std::size_t>(page.article)].first_page == static_cast<int>(p);
    int folios = 0;
    for (const LineRecord& line : page.lines)
      if (line.block == "folio") {
        ++folios;
        CHECK(line.text.find(page.label) != std::string::npos);
        CHECK(line.y > text_block(spec, page.recto).y + text_block(spec, page.recto).height);
      }
    CHECK(folios == (first && !spec.folio.on_first_page ? 0 : 1));
  }
}

}  // namespace paiban::layout::testing
