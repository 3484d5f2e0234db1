// Pagination features one by one: grid, columns, footnotes, running heads,
// outline and info, display spacing, several articles in one document.
#include <catch2/catch.hpp>

#include <cmath>
#include <set>

#include "layout/layout_article.h"
#include "layout_fixture.h"
#include "layout_properties.h"
#include "sample_articles.h"

using namespace paiban;
using namespace paiban::layout;
using namespace paiban::layout::testing;

namespace {

std::vector<const LineRecord*> lines_of(const Page& page, const std::string& block) {
  std::vector<const LineRecord*> out;
  for (const LineRecord& l : page.lines)
    if (l.block == block) out.push_back(&l);
  return out;
}

int page_of_text(const Document& doc, const std::string& needle) {
  for (std::size_t p = 0; p < doc.pages.size(); ++p)
    for (const LineRecord& l : doc.pages[p].lines)
      if (l.text.find(needle) != std::string::npos) return static_cast<int>(p);
  return -1;
}

}  // namespace

TEST_CASE("body lines sit on the character grid", "[layout][article]") {
  const LayoutSpec& spec = shipped("booklet-a5");
  Document doc = layout_article(long_article(40), spec, fonts());
  const BlockStyle& body = spec.style("paragraph");
  int checked = 0;
  for (const Page& page : doc.pages) {
    Frame block = text_block(spec, page.recto);
    for (const LineRecord& l : page.lines) {
      if (l.block != "paragraph" && l.block != "point") continue;
      double offset = (l.y - block.y - ((body.leading - body.size) / 2 + 0.88 * body.size)) / body.leading;
      CAPTURE(page.label, l.y, offset);
      CHECK(std::abs(offset - std::round(offset)) < 1e-3);
      CHECK(std::round(offset) < spec.page.grid_lines);
      ++checked;
    }
  }
  CHECK(checked > 100);
}

TEST_CASE("issue-a4: title across the page, body in two columns", "[layout][article]") {
  const LayoutSpec& spec = shipped("issue-a4");
  Document doc = layout_article(long_article(40), spec, fonts());
  REQUIRE(doc.pages.size() >= 2);
  const Page& first = doc.pages[0];
  Frame block = text_block(spec, true);
  const LineRecord* title = lines_of(first, "title").at(0);
  CHECK(title->measure == Approx(block.width));
  std::set<int> columns;
  for (const LineRecord& l : first.lines)
    if (l.block == "paragraph") {
      CHECK(l.measure <= column_width(spec) + 0.01);
      columns.insert(column_of(spec, first, l));
    }
  CHECK(columns == std::set<int>{0, 1});
  // On a following page both columns start at the top of the text block.
  const Page& second = doc.pages[1];
  Frame verso = text_block(spec, false);
  double top[2] = {1e9, 1e9};
  for (const LineRecord& l : second.lines)
    if (in_flow(l)) top[column_of(spec, second, l)] = std::min<double>(top[column_of(spec, second, l)], l.y);
  CHECK(top[0] < verso.y + 20);
  CHECK(top[1] == Approx(top[0]).margin(15));
}

TEST_CASE("footnotes at the page foot under the citing column, or at the article end", "[layout][article]") {
  model::Article article = full_article();
  Document issue = layout_article(article, shipped("issue-a4"), fonts());
  int cited = page_of_text(issue, "研究表明");
  int note = page_of_text(issue, "张三.组织工作研究");
  CHECK(cited == note);
  const Page& page = issue.pages[static_cast<std::size_t>(cited)];
  const LineRecord* foot = lines_of(page, "footnote").at(0);
  int column = column_of(shipped("issue-a4"), page, *foot);
  for (const LineRecord& l : page.lines)
    if (in_flow(l) && l.block != "footnote" && column_of(shipped("issue-a4"), page, l) == column)
      CHECK(l.y < foot->y);
  CHECK(page.rules.size() >= 1);  // the separator

  Document booklet = layout_article(article, shipped("booklet-a5"), fonts());
  // article-end: after the editor's note, in reading order.
  std::vector<std::string> order;
  for (const Page& p : booklet.pages)
    for (const LineRecord& l : p.lines)
      if (in_flow(l)) order.push_back(l.block);
  auto editor = std::find(order.begin(), order.end(), "editor");
  auto footnote = std::find(order.begin(), order.end(), "footnote");
  CHECK(editor < footnote);
  CHECK(footnote != order.end());
}

TEST_CASE("a footnote taller than a column goes to the article end", "[layout][article]") {
  model::Article article = full_article();
  std::string huge;
  for (int i = 0; i < 40; ++i) huge += "很长的注释文字，";
  article.blocks.back().runs.back().text = huge + "完。";
  Document doc = layout_article(article, narrow(), fonts());
  check_all(doc, narrow(), article);
  // Its lines come after the last body line of the article.
  int last_body = -1, first_note = -1;
  for (std::size_t p = 0; p < doc.pages.size(); ++p)
    for (const LineRecord& l : doc.pages[p].lines) {
      if (l.block == "footnote" && first_note < 0) first_note = static_cast<int>(p);
      if (l.block == "point" || l.block == "paragraph") last_body = static_cast<int>(p);
    }
  CHECK(first_note >= last_body);
}

TEST_CASE("running heads: journal and issue on versos, title on rectos, none on the first page", "[layout][article]") {
  const LayoutSpec& spec = shipped("issue-a4");
  Document doc = layout_article(long_article(60), spec, fonts());
  REQUIRE(doc.pages.size() >= 3);
  CHECK(lines_of(doc.pages[0], "header").empty());
  for (std::size_t p = 1; p < doc.pages.size(); ++p) {
    const Page& page = doc.pages[p];
    auto head = lines_of(page, "header");
    REQUIRE(head.size() == 1);
    CHECK(head[0]->text == (page.recto ? "组织工作要紧扣中心服务大局" : "支部建设 2014年10期"));
    CHECK(head[0]->y < text_block(spec, page.recto).y);
    // Outer position: flush right on rectos, flush left on versos.
    if (page.recto) CHECK(head[0]->width == Approx(head[0]->measure).margin(0.01));
  }
  for (const Page& page : doc.pages) CHECK(lines_of(page, "folio").size() == 1);
}

TEST_CASE("a title too long for the running head is shortened with ……", "[layout][article]") {
  model::Article article = long_article(10);
  article.title = "一个非常非常非常非常非常非常非常长的标题会让页眉放不下";
  Document doc = layout_article(article, narrow(), fonts());
  bool shortened = false;
  for (const Page& page : doc.pages)
    for (const LineRecord* head : lines_of(page, "header"))
      if (page.recto) {
        CHECK(head->text.find("……") != std::string::npos);
        CHECK(head->width <= head->measure + 0.01);
        shortened = true;
      }
  CHECK(shortened);
}

TEST_CASE("outline and document info", "[layout][article]") {
  model::Article article = full_article();
  article.blocks[5].level = 2;  // a point that is a run-in heading
  Document doc = layout_article(article, shipped("booklet-a5"), fonts());
  REQUIRE(doc.outline.size() == 4);
  CHECK(doc.outline[0].level == 0);
  CHECK(doc.outline[0].title == article.title);
  CHECK(doc.outline[0].page == 0);
  CHECK(doc.outline[1].level == 1);
  CHECK(doc.outline[1].title == "一、创新理念，明确组织工作落脚点");
  CHECK(doc.outline[2].level == 2);
  CHECK(doc.outline[3].title == "二是树立“大统筹”理念。");
  for (std::size_t i = 1; i < doc.outline.size(); ++i) {
    bool ordered = doc.outline[i].page > doc.outline[i - 1].page ||
                   (doc.outline[i].page == doc.outline[i - 1].page && doc.outline[i].y > doc.outline[i - 1].y);
    CHECK(ordered);
  }
  CHECK(doc.info.title == article.title);
  CHECK(doc.info.author == "姜荣");
  CHECK(doc.info.subject == "支部建设 2014年10期");
  CHECK(doc.info.keywords == "组织部门, 考核干部");
  CHECK(doc.info.creator == "paiban");
}

TEST_CASE("two-character names are display-spaced, the text keeps them whole", "[layout][article]") {
  Document doc = layout_article(full_article(), shipped("booklet-a5"), fonts());
  const LineRecord* byline = lines_of(doc.pages[0], "byline").at(0);
  CHECK(byline->text.find("姜荣") != std::string::npos);
  // The glyphs of 姜 and 荣 stand two ems apart: one for 姜, one of space.
  std::vector<float> xs;
  const Page& page = doc.pages[0];
  for (int r = byline->first_run; r < byline->first_run + byline->run_count; ++r) {
    const PageRun& run = page.runs[static_cast<std::size_t>(r)];
    for (const text::PlacedGlyph& g : run.glyphs.glyphs) {
      std::string ch = run.text.substr(g.cluster, 3);
      if (ch == "姜" || ch == "荣") xs.push_back(g.x);
    }
  }
  REQUIRE(xs.size() == 2);
  CHECK(xs[1] - xs[0] == Approx(2 * byline->size).margin(0.01));
}

TEST_CASE("source line and notes lines in the handout", "[layout][article]") {
  const LayoutSpec& spec = shipped("handout-a4");
  Document doc = layout_article(full_article(), spec, fonts());
  auto source = lines_of(doc.pages[0], "source_line");
  REQUIRE(source.size() == 1);
  CHECK(source[0]->text == "来源：《支部建设》2014年10期  2014-08-15");
  int notes = 0, rules = 0;
  for (const Page& page : doc.pages) {
    notes += static_cast<int>(lines_of(page, "notes").size());
    rules += static_cast<int>(page.rules.size());
  }
  CHECK(notes == spec.handout.notes_lines);
  CHECK(rules >= spec.handout.notes_lines);
  CHECK(page_of_text(doc, "学习笔记") >= 0);
  // Booklets have neither.
  Document booklet = layout_article(full_article(), shipped("booklet-a5"), fonts());
  CHECK(page_of_text(booklet, "来源") < 0);
  CHECK(page_of_text(booklet, "学习笔记") < 0);
}

TEST_CASE("headings and widows stay right wherever the page breaks fall", "[layout][article]") {
  auto name = GENERATE(as<std::string>{}, "booklet-a5", "issue-a4", "narrow");
  const LayoutSpec& spec = name == "narrow" ? narrow() : shipped(name);
  for (int n = 1; n <= 30; n += 1) {
    CAPTURE(name, n);
    model::Article article = long_article(n);
    Document doc = layout_article(article, spec, fonts());
    check_headings_not_last(doc, spec);
    check_widows_orphans(doc, spec);
    check_text_kept(doc, article);
    CHECK(doc.warnings.empty());
  }
}

TEST_CASE("several articles in one document", "[layout][article]") {
  const LayoutSpec& spec = shipped("issue-a4");
  Paginator paginator(spec, fonts());
  model::Article a = long_article(12), b = full_article(), c = stress_article();
  b.title = "第二篇文章";
  CHECK(paginator.add_article(a) == 0);
  CHECK(paginator.add_article(b) == 1);
  CHECK(paginator.add_article(c) == 2);
  Document doc = paginator.finish();
  REQUIRE(doc.articles.size() == 3);
  for (std::size_t i = 0; i < doc.articles.size(); ++i) {
    const ArticlePages& ap = doc.articles[i];
    CAPTURE(i);
    CHECK(doc.pages[static_cast<std::size_t>(ap.first_page)].recto);  // start_recto
    for (int p = ap.first_page; p <= ap.last_page; ++p) CHECK(doc.pages[static_cast<std::size_t>(p)].article == static_cast<int>(i));
    if (i > 0) {
      int gap = ap.first_page - doc.articles[i - 1].last_page - 1;
      CHECK((gap == 0 || gap == 1));
      if (gap == 1) CHECK(doc.pages[static_cast<std::size_t>(ap.first_page - 1)].article == -1);
      if (gap == 1) CHECK(doc.pages[static_cast<std::size_t>(ap.first_page - 1)].lines.empty());
    }
  }
  CHECK(doc.articles[1].title == "第二篇文章");
  // Running heads on rectos carry each article's own title.
  for (const Page& page : doc.pages)
    for (const LineRecord* head : lines_of(page, "header"))
      if (page.recto) CHECK(head->text == doc.articles[static_cast<std::size_t>(page.article)].title.substr(0, head->text.size()));
  // Block ids never repeat across articles.
  std::set<std::pair<int, int>> seen;
  std::set<int> ids;
  for (const Page& page : doc.pages)
    for (const LineRecord& l : page.lines)
      if (in_flow(l) && seen.insert({l.article, l.block_id}).second) CHECK(ids.insert(l.block_id).second);
  CHECK(doc.info.title == a.title);
}

TEST_CASE("paginator options: first folio and no running heads", "[layout][article]") {
  PaginatorOptions options;
  options.first_folio = 6;
  options.running_heads = false;
  Document doc = layout_article(long_article(20), shipped("booklet-a5"), fonts(), options);
  REQUIRE(doc.pages.size() >= 2);
  CHECK(doc.pages[0].label == "6");
  CHECK_FALSE(doc.pages[0].recto);
  CHECK(doc.pages[1].recto);
  // A verso's text block is mirrored: outer margin on the left.
  const LineRecord* first_line = nullptr;
  for (const LineRecord& l : doc.pages[0].lines)
    if (l.block == "paragraph") { first_line = &l; break; }
  REQUIRE(first_line);
  CHECK(first_line->x == Approx(text_block(shipped("booklet-a5"), false).x));
  for (const Page& page : doc.pages) {
    CHECK(lines_of(page, "header").empty());
    CHECK(lines_of(page, "folio").empty());
  }
}

TEST_CASE("an article with a title only still makes one page", "[layout][article]") {
  model::Article article;
  article.title = "只有标题";
  Document doc = layout_article(article, shipped("issue-a4"), fonts());
  REQUIRE(doc.pages.size() == 1);
  CHECK(lines_of(doc.pages[0], "title").size() == 1);
}
