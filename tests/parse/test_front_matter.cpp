// Front matter: one test case per variation of format.md, items 1–10.
#include <catch2/catch.hpp>

#include "parse/labels.h"
#include "parse/source_lines.h"
#include "parse_test_support.h"

using namespace paiban;

TEST_CASE("front: junk before the title is dropped and reported", "[front]") {
  model::Article a = test::parse_input("junk-before-title.txt");
  CHECK(a.title == "从组织部门的“五个一”看优良部风");
  REQUIRE(!a.diagnostics.empty());
  CHECK(a.diagnostics[0].line == 1);
  CHECK(a.diagnostics[0].end_line == 4);
  CHECK(a.diagnostics[0].omitted == "APP下载\n首页 > 期刊 > 支部建设\n?\n2,");
}

TEST_CASE("front: date line with a glued author name", "[front]") {
  model::Article a = test::parse_input("junk-before-title.txt");
  CHECK(a.date == "2018-11-20");
  CHECK(a.time == "06:29");
  REQUIRE(a.authors.size() == 1);
  CHECK(a.authors[0].name == "于君博");
  CHECK(a.authors[0].role.empty());
}

TEST_CASE("front: date line forms", "[front]") {
  using parse::match_date_line;
  CHECK(match_date_line("2014-08-15 00:51")->time == "00:51");
  CHECK(match_date_line("2019-05-12 08:15:30")->time == "08:15:30");
  CHECK(match_date_line("2014/8/5")->date == "2014-08-05");
  CHECK(match_date_line("2014年8月15日 9:05")->date == "2014-08-15");
  CHECK(match_date_line("2014年8月15日 9:05")->time == "09:05");
  CHECK(match_date_line("2014-08-15 00:51中共天镇县委常委组织部长")->rest == "中共天镇县委常委组织部长");
  CHECK_FALSE(match_date_line("2014年10期"));
  CHECK_FALSE(match_date_line("2014-13-01"));
  CHECK_FALSE(match_date_line("20140815"));
}

TEST_CASE("front: journal and issue", "[front]") {
  using parse::match_journal_issue;
  auto j = match_journal_issue("支部建设 2014年10期");
  REQUIRE(j);
  CHECK(j->journal == "支部建设");
  CHECK(j->issue == "2014年10期");
  CHECK(match_journal_issue("《求是》2019年第3期")->journal == "求是");
  CHECK(match_journal_issue("《求是》2019年第3期")->issue == "2019年第3期");
  CHECK_FALSE(match_journal_issue("我们在2014年10期间"));
  CHECK_FALSE(match_journal_issue("支部建设"));
}

TEST_CASE("front: keyword labels and separators", "[front]") {
  using parse::after_label;
  using parse::Label;
  for (const char* line : {"关键词:组织部门", "关 键 词:组织部门", "[关键词]组织部门", "【关键词】组织部门", "[关键字]组织部门",
                           "關鍵詞:组织部门", "关键词 组织部门", "关键词组织部门", "关键词：组织部门"}) {
    INFO(line);
    auto rest = after_label(line, Label::keywords);
    REQUIRE(rest);
    CHECK(*rest == "组织部门");
  }
  CHECK_FALSE(after_label("关于关键词的说明", Label::keywords));
  CHECK(test::parse_text("标题\n关键词:基层党建;组织力 乡村振兴\n\n正文讲基层党建。\n").keywords ==
        std::vector<std::string>{"基层党建", "组织力", "乡村振兴"});
}

TEST_CASE("front: glued keywords are split where the body supports it", "[front]") {
  model::Article a = test::parse_text("标题\n关键词:组织部门考核干部\n\n组织部门要考核干部。干部考核要公正,考核结果要运用,干部要服气,组织部门要管好干部队伍。\n");
  CHECK(a.keywords == std::vector<std::string>{"组织部门", "考核", "干部"});
  model::Article b = test::parse_text("标题\n关键词:组织部门考核干部\n\n这里的正文不含那些词。\n");
  CHECK(b.keywords == std::vector<std::string>{"组织部门考核干部"});
  CHECK(b.keywords_raw == "组织部门考核干部");
}

TEST_CASE("front: title with footnote star and glued subtitle; byline marks; affiliations", "[front]") {
  model::Article a = test::parse_input("academic.txt");
  CHECK(a.title == "新时代基层党组织组织力研究");
  CHECK(a.subtitle == "以甘肃省为例");
  REQUIRE(a.authors.size() == 2);
  CHECK(a.authors[0].name == "张天柱");
  CHECK(a.authors[0].marks == std::vector<std::string>{"1", "2", "*"});
  CHECK(a.authors[1].name == "李明");
  CHECK(a.authors[1].marks == std::vector<std::string>{"2"});
  CHECK(a.affiliations == std::vector<std::string>{"1.兰州大学 马克思主义学院，甘肃 兰州 730000",
                                                   "2.西北师范大学 政治学院，甘肃 兰州 730070"});
}

TEST_CASE("front: abstracts in Chinese and English, English keywords, catalogue line", "[front]") {
  model::Article a = test::parse_input("academic.txt");
  CHECK(a.abstract == "提升组织力是新时代基层党建的重点。本文以甘肃省为例进行分析。");
  CHECK(a.abstract_en == "Organizational capacity is the focus of grass-roots party building.");
  CHECK(a.keywords_en == std::vector<std::string>{"grass-roots party building", "organizational capacity"});
  CHECK(a.keywords == std::vector<std::string>{"基层党建", "组织力", "乡村振兴"});
  REQUIRE(!a.diagnostics.empty());
  CHECK(a.diagnostics[0].omitted == "中图分类号:D267   文献标识码:A");
  for (const char* line : {"摘要:内容", "摘 要:内容", "[摘 要]内容", "【摘要】内容", "内容提要:内容", "〔内容提要〕内容"}) {
    INFO(line);
    CHECK(parse::after_label(line, parse::Label::abstract) == std::optional<std::string_view>("内容"));
  }
}

TEST_CASE("front: subtitle on its own line and a `文/` byline with a role", "[front]") {
  model::Article a = test::parse_input("subtitle-line.txt");
  CHECK(a.title == "奋力谱写新篇章");
  CHECK(a.subtitle == "记天镇县基层党建工作");
  REQUIRE(a.authors.size() == 1);
  CHECK(a.authors[0].name == "王晓红");
  CHECK(a.authors[0].role == "本刊记者");
}

TEST_CASE("front: `——` subtitle glued to the title, letter-spaced three-character name", "[front]") {
  model::Article a = test::parse_input("glued-dash-subtitle.txt");
  CHECK(a.title == "“表里不一”如何识别");
  CHECK(a.subtitle == "富平增强考核洞察力");
  CHECK(a.time == "08:15:30");
  CHECK(a.keywords == std::vector<std::string>{"考核", "识别"});
  REQUIRE(a.authors.size() == 1);
  CHECK(a.authors[0].name == "杜向辉");
  CHECK(a.authors[0].role == "富平县委组织部");
}

TEST_CASE("front: repeated title and byline are kept once", "[front]") {
  model::Article a = test::parse_text(
      "标题在此\n2014-08-15 00:51\n\n■县委书记 王 明\n\n标题在此\n\n■县委书记 王 明\n\n正文一段。\n");
  REQUIRE(a.authors.size() == 1);
  CHECK(a.authors[0].name == "王明");
  CHECK(a.authors[0].role == "县委书记");
  CHECK(test::block_texts(a) == std::vector<std::string>{"正文一段。"});
  CHECK(test::messages(a, model::Severity::note) ==
        std::vector<std::string>{"6: repeated title dropped", "8: repeated byline dropped"});
}

TEST_CASE("front: the ▸▸▸ lead", "[front]") {
  model::Article a = test::parse_text("标题\n\n▸▸▸导语在这里。\n\n正文。\n");
  CHECK(a.lead == "导语在这里。");
  CHECK(test::block_texts(a) == std::vector<std::string>{"正文。"});
}
