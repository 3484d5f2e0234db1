// Cover, contents and running heads set with the real fonts of a shipped layout.
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "layout/issue/contents.h"
#include "layout/issue/cover.h"
#include "layout/issue/page_text.h"
#include "layout/issue/running_heads.h"
#include "layout/layout_spec.h"

using namespace paiban::layout;
using namespace paiban::layout::issue;

namespace {

struct Setup {
  LayoutSpec spec = load_layout("issue-a4");
  std::shared_ptr<const paiban::text::FontCatalog> fonts =
      paiban::text::FontCatalog::load({}, spec.font_families);
};

const Setup& setup() {
  static const Setup s;
  return s;
}

std::vector<const LineRecord*> lines_of(const Page& page, const std::string& block) {
  std::vector<const LineRecord*> out;
  for (const LineRecord& l : page.lines)
    if (l.block == block) out.push_back(&l);
  return out;
}

const PageRun* run_with_text(const Page& page, const std::string& text) {
  for (const PageRun& r : page.runs)
    if (r.text == text) return &r;
  return nullptr;
}

std::vector<ContentsEntry> entries(int n) {
  std::vector<ContentsEntry> out;
  for (int i = 0; i < n; ++i)
    out.push_back({i < n / 2 ? "理论研究" : "基层实践", "第" + std::to_string(i + 1) + "篇 基层党组织建设的实践与思考",
                   "作者" + std::to_string(i + 1), std::to_string(1 + 4 * i)});
  return out;
}

}  // namespace

TEST_CASE("a title too wide for the running head is cut and ends with an ellipsis") {
  const Setup& s = setup();
  const BlockStyle& style = issue_header(s.spec).style;
  std::string short_title = "组织工作要紧扣中心服务大局";
  CHECK(shorten_title(*s.fonts, short_title, style, 300) == short_title);

  std::string long_title = "完善干部考核评价机制的实践与探索,以晋北地区为例,兼论新时期组织工作的若干问题";
  double max = 120;
  std::string cut = shorten_title(*s.fonts, long_title, style, max);
  REQUIRE(cut.size() > 6);
  CHECK(cut.substr(cut.size() - 6) == "……");
  CHECK(long_title.rfind(cut.substr(0, cut.size() - 6), 0) == 0);  // a prefix of the title
  CHECK(set_single_line(*s.fonts, cut, style).width <= max + 0.01);
  // One more character would not have fitted.
  CHECK(cut.size() - 6 + 3 < long_title.size());

  // Punctuation never stands before the ellipsis.
  std::string comma_title = "完善干部考核评价机制的实践与探索,以晋北地区为例兼论若干问题";
  for (double w = 60; w < 200; w += 7) {
    std::string c = shorten_title(*s.fonts, comma_title, style, w);
    CHECK(c.find(",……") == std::string::npos);
  }
}

TEST_CASE("contents list sections and entries with leaders and right-aligned page numbers") {
  const Setup& s = setup();
  std::vector<Page> pages = contents_pages(entries(6), "本期编者按。", s.spec, *s.fonts, 1);
  REQUIRE(pages.size() == 1);
  const Page& page = pages[0];
  CHECK(lines_of(page, "contents_title").size() == 1);
  CHECK(lines_of(page, "editor_note").size() == 1);
  auto sections = lines_of(page, "contents_section");
  REQUIRE(sections.size() == 2);
  CHECK(sections[0]->text == "理论研究");
  CHECK(sections[1]->text == "基层实践");

  Frame frame = text_block(s.spec, false);  // page ii is a verso
  auto numbers = lines_of(page, "contents_page");
  auto titles = lines_of(page, "contents_entry");
  REQUIRE(numbers.size() == 6);
  REQUIRE(titles.size() == 6);
  for (int i = 0; i < 6; ++i) {
    std::string label = std::to_string(1 + 4 * i);
    CHECK(numbers[i]->text == label);
    CHECK(numbers[i]->y == Approx(titles[i]->y));  // on the entry's (last) line
    CHECK_THAT(titles[i]->text, Catch::StartsWith("第" + std::to_string(i + 1) + "篇"));
    CHECK_THAT(titles[i]->text, Catch::EndsWith("作者" + std::to_string(i + 1)));
    const PageRun* number = nullptr;
    for (const PageRun& r : page.runs)
      if (r.text == label && r.y == Approx(numbers[i]->y)) number = &r;
    REQUIRE(number);
    double right = number->x + number->glyphs.glyphs.back().x + number->glyphs.glyphs.back().advance;
    CHECK(right == Approx(frame.x + frame.width).margin(0.05));
  }
  // Every entry has a row of leader dots between its title and its number.
  int leaders = 0;
  for (const PageRun& r : page.runs)
    if (!r.text.empty() && r.text.find_first_not_of('.') == std::string::npos) {
      ++leaders;
      CHECK(r.text.size() >= 3);
      CHECK(r.glyphs.glyphs.size() == r.text.size());
    }
  CHECK(leaders == 6);
}

TEST_CASE("a long contents runs to several pages and keeps every entry in order") {
  const Setup& s = setup();
  std::vector<Page> pages = contents_pages(entries(150), "", s.spec, *s.fonts, 1);
  REQUIRE(pages.size() >= 3);
  int next = 0;
  for (const Page& p : pages) {
    Frame frame = text_block(s.spec, true);
    for (const LineRecord* l : lines_of(p, "contents_page")) {
      CHECK(l->text == std::to_string(1 + 4 * next));
      CHECK(l->y <= frame.y + frame.height + 0.01);
      ++next;
    }
  }
  CHECK(next == 150);
  // A section heading never ends a page.
  for (const Page& p : pages)
    if (!p.lines.empty()) CHECK(p.lines.back().block != "contents_section");
}

TEST_CASE("the cover names the journal, the issue and the section headlines") {
  const Setup& s = setup();
  Issue issue{"支部建设", "2014年10期", "2014-10-01", "", "", {}};
  issue.sections.push_back({"理论研究", {}});
  issue.sections[0].articles.resize(4);
  for (int i = 0; i < 4; ++i) issue.sections[0].articles[i].article.title = "理论文章" + std::to_string(i + 1);
  issue.sections.push_back({"基层实践", {}});
  issue.sections[1].articles.resize(1);
  issue.sections[1].articles[0].article.title = "实践文章";
  Page cover = cover_page(issue, s.spec, *s.fonts);
  CHECK(cover.label == "i");
  REQUIRE(lines_of(cover, "cover_journal").size() == 1);
  CHECK(lines_of(cover, "cover_journal")[0]->text == "支部建设");
  CHECK(lines_of(cover, "cover_issue")[0]->text == "2014年10期  2014-10-01");
  auto headlines = lines_of(cover, "cover_headline");
  REQUIRE(headlines.size() == 4);  // three of the first section, one of the second
  CHECK(headlines[2]->text == "理论文章3");
  CHECK(headlines[3]->text == "实践文章");
  CHECK(run_with_text(cover, "支部建设"));
}

TEST_CASE("running heads sit on the outer side above the text block, folios below") {
  const Setup& s = setup();
  RunningText head = issue_header(s.spec), folio = issue_folio(s.spec);
  for (bool recto : {true, false}) {
    Page page;
    add_running_head(page, *s.fonts, s.spec, head, recto ? "标题" : "支部建设 2014年10期", recto);
    add_folio(page, *s.fonts, s.spec, folio, "7", recto);
    Frame frame = text_block(s.spec, recto);
    auto heads = lines_of(page, "header");
    auto folios = lines_of(page, "folio");
    REQUIRE(heads.size() == 1);
    REQUIRE(folios.size() == 1);
    CHECK(heads[0]->y < frame.y);
    CHECK(folios[0]->y > frame.y + frame.height);
    const PageRun* run = run_with_text(page, recto ? "标题" : "支部建设");
    REQUIRE(run);
    if (head.position == RunningPosition::outer) {
      if (recto)
        CHECK(run->x + heads[0]->width == Approx(frame.x + frame.width).margin(0.05));
      else
        CHECK(run->x == Approx(frame.x));
    }
  }
}
