// Body: one test case per variation of format.md, items 11–13.
#include <catch2/catch.hpp>

#include "parse_test_support.h"

using namespace paiban;
using model::BlockType;

namespace {

struct Shape {
  BlockType type;
  int level;
  std::string label;
  std::string text;
  bool operator==(const Shape&) const = default;
};

std::vector<Shape> shapes(const model::Article& a) {
  std::vector<Shape> out;
  for (const model::Block& b : a.blocks) out.push_back({b.type, b.level, b.label, b.text()});
  return out;
}

}  // namespace

TEST_CASE("body: heading styles of level 1 and 2", "[body]") {
  model::Article a = test::parse_input("headings.txt");
  std::vector<std::pair<int, std::string>> headings;
  for (const model::Block& b : a.blocks)
    if (b.type == BlockType::heading) headings.emplace_back(b.level, b.text());
  CHECK(headings == std::vector<std::pair<int, std::string>>{
                        {1, "引言"}, {1, "一.总体要求"}, {1, "—、OCR误识别的标题"}, {2, "（一）选准用好干部"},
                        {2, "（二）从严管理干部"}, {1, "第二章 具体措施"}, {2, "第一节 教育培训"},
                        {2, "1.1 培训内容"}, {1, "四、跳过编号的标题"}, {1, "结语"}});
  auto warnings = test::messages(a, model::Severity::warning);
  CHECK(warnings == std::vector<std::string>{"23: heading 第一章 missing", "33: heading 二、 missing",
                                             "33: heading 三、 missing"});
}

TEST_CASE("body: `1 引言` and decimal headings, run-in headings", "[body]") {
  model::Article a = test::parse_input("academic.txt");
  auto s = shapes(a);
  REQUIRE(s.size() >= 9);
  CHECK(s[0] == Shape{BlockType::heading, 1, "", "0 引言"});
  CHECK(s[2] == Shape{BlockType::heading, 1, "", "1 研究综述"});
  CHECK(s[3] == Shape{BlockType::heading, 2, "", "1.1 国内研究"});
  CHECK(s[5] == Shape{BlockType::point, 2, "2.1.1", "2.1.1筹资风险近年来，村级集体经济的筹资渠道单一，风险较大。"});
  CHECK(s[6] == Shape{BlockType::point, 2, "（一）", "（一）加强领导。各级党委要切实担负起主体责任。"});
  CHECK(a.blocks[6].runs[0].text == "（一）加强领导。");
  CHECK(a.blocks[6].runs[0].emphasis);
}

TEST_CASE("body: points of every series, numbering gaps, words that only look like labels", "[body]") {
  model::Article a = test::parse_input("points.txt");
  std::vector<std::string> labels;
  for (const model::Block& b : a.blocks) labels.push_back(b.type == BlockType::point ? b.label : "-");
  CHECK(labels == std::vector<std::string>{"一要", "二要", "第一", "第二", "首先", "（1）", "（2）", "（4）", "-"});
  CHECK(a.blocks[3].runs[0].text == "第二，细化措施：");
  CHECK(test::messages(a, model::Severity::warning) == std::vector<std::string>{"17: point （3） missing"});
}

TEST_CASE("body: footnote markers become runs; notes become footnote blocks", "[body]") {
  model::Article a = test::parse_input("footnotes.txt");
  REQUIRE(a.blocks.size() == 3);
  std::vector<std::string> refs;
  for (const model::Run& r : a.blocks[0].runs)
    if (r.footnote_ref) refs.push_back(r.text);
  CHECK(refs == std::vector<std::string>{"①", "〔1〕", "[1-2]"});
  CHECK(a.blocks[1].type == BlockType::footnote);
  CHECK(a.blocks[1].label == "[注]①");
  CHECK(a.blocks[2].type == BlockType::footnote);
  CHECK(a.blocks[2].label == "〔1〕");
}

TEST_CASE("body: reference markers with pages, reference list after 参考文献", "[body]") {
  model::Article a = test::parse_input("academic.txt");
  std::vector<std::string> refs, notes;
  for (const model::Block& b : a.blocks) {
    for (const model::Run& r : b.runs)
      if (r.footnote_ref) refs.push_back(r.text);
    if (b.type == BlockType::footnote) notes.push_back(b.label);
  }
  CHECK(refs == std::vector<std::string>{"[1]205", "①", "[2-3]", "[4]（P26）"});
  CHECK(notes == std::vector<std::string>{"[1]", "[2]", "①"});
}

TEST_CASE("body: editor note, copyright footer", "[body]") {
  model::Article a = test::parse_input("editor-copyright.txt");
  CHECK(a.editor == "李明");
  CHECK(test::block_texts(a).size() == 2);
  auto notes = test::messages(a, model::Severity::note);
  CHECK(notes == std::vector<std::string>{"10: copyright footer or junk dropped"});
}

TEST_CASE("body: hard-wrapped lines are joined without spaces", "[body]") {
  const std::string first =
      "加强基层党建工作必须坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的基本理论、基本路线、基本方略，"
      "这是一个长期的任务，各级党组织要切实履行主体责任。";
  SECTION("every line indented alike (a mirror), wrapped at a fixed width") {
    model::Article a = test::parse_input("hard-wrapped-mirror.txt");
    REQUIRE(a.blocks.size() == 3);
    CHECK(a.blocks[0].text() == first);
    CHECK(a.blocks[0].line == 4);
    CHECK(a.blocks[2].label == "一是");
  }
  SECTION("paragraph starts indented, continuation lines not") {
    model::Article a = test::parse_input("hard-wrapped-indented.txt");
    CHECK(test::block_texts(a) ==
          std::vector<std::string>{
              "加强基层党建工作，必须坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的基本理论、基本路线、基本方略。这是一个长期的任务。",
              "各级党组织要切实履行主体责任，把抓好党建作为最大的政绩，做到守土有责、守土负责、守土尽责。",
              "一是压实责任。要层层传导压力，确保责任落实到位。"});
  }
  SECTION("one paragraph per line without blank lines is not joined") {
    model::Article a = test::parse_text("标题\n\n第一段。\n第二段。\n第三段没有句号\n第四段。\n");
    CHECK(test::block_texts(a).size() == 4);
  }
}

TEST_CASE("body: an article pasted twice is kept once", "[body]") {
  model::Article a = test::parse_input("pasted-twice.txt");
  CHECK(a.title == "家庭年终考核");
  CHECK(test::block_texts(a).size() == 3);
  REQUIRE(test::messages(a, model::Severity::warning).size() == 1);
  CHECK(a.diagnostics[0].line == 11);
  CHECK(a.diagnostics[0].end_line == 19);
}

TEST_CASE("body: a paragraph pasted twice is kept once", "[body]") {
  model::Article a = test::parse_input("duplicate-paragraph.txt");
  CHECK(test::block_texts(a).size() == 2);
  CHECK(test::messages(a, model::Severity::warning) ==
        std::vector<std::string>{"8: duplicate paragraph dropped (same as line 4)"});
}

TEST_CASE("body: related list without its keyword echo", "[body]") {
  model::Article a = test::parse_text("标题\n关键词:甲乙;丙丁\n\n正文。\n\n猜你喜欢\n甲乙丙丁\n相关文章一\n相关文章二\n");
  CHECK(a.related == std::vector<std::string>{"相关文章一", "相关文章二"});
}

TEST_CASE("body: traditional Chinese", "[body]") {
  model::Article a = test::parse_input("traditional.txt");
  CHECK(a.language == "zh-Hant");
  CHECK(a.keywords == std::vector<std::string>{"組織部門", "考核", "幹部"});
  CHECK(a.blocks[1].label == "一是");
  CHECK(test::parse_input("junk-before-title.txt").language == "zh-Hans");
}

TEST_CASE("body: mixed Latin, numbers, URL", "[body]") {
  model::Article a = test::parse_input("mixed-text.txt");
  REQUIRE(a.blocks.size() == 3);
  CHECK(a.blocks[0].text() ==
        "2020年我国GDP突破100万亿元，增长2.3%，时间是10:30，网址为https://www.stats.gov.cn/tjsj(2021)/index.html。");
  CHECK(a.blocks[1].text() == "研究显示P<0.05，样本为33 939人（其中男性占51.2%）；结论：数字经济发展迅速！");
}

TEST_CASE("body: a body that stops mid-sentence is reported", "[body]") {
  model::Article a = test::parse_input("truncated-end.txt");
  CHECK(test::messages(a, model::Severity::warning) ==
        std::vector<std::string>{"6: last paragraph ends mid-sentence (truncated?)"});
}

TEST_CASE("body: unknown structure degrades to paragraphs", "[body]") {
  model::Article a = test::parse_text("没有标题结构的一段很长的文字，它不像标题，也没有日期行，只是一段文字而已，长度超过八十个字符的限制，所以它不是标题，应该作为正文段落保留下来，一个字都不能少。\n\n又一段。\n");
  CHECK(a.title.empty());
  CHECK(test::block_texts(a).size() == 2);
}
