// The small parts of issue assembly that need no fonts: page labels, head
// templates, face merging and the bookmark tree.
#include <catch2/catch.hpp>

#include "layout/issue/merge.h"
#include "layout/issue/outline.h"
#include "layout/issue/page_labels.h"
#include "layout/issue/running_heads.h"
#include "model/error.h"

using namespace paiban::layout;
using namespace paiban::layout::issue;

TEST_CASE("front matter pages count in lower-case roman numerals") {
  CHECK(roman_numeral(1) == "i");
  CHECK(roman_numeral(2) == "ii");
  CHECK(roman_numeral(4) == "iv");
  CHECK(roman_numeral(9) == "ix");
  CHECK(roman_numeral(14) == "xiv");
  CHECK(roman_numeral(40) == "xl");
  CHECK(roman_numeral(1994) == "mcmxciv");
  CHECK(roman_numeral(0).empty());
}

TEST_CASE("running head templates take the issue's fields") {
  HeadFields f{"支部建设", "2014年10期", "组织工作要紧扣中心服务大局", "12", "40"};
  CHECK(expand_fields("{journal} {issue}", f) == "支部建设 2014年10期");
  CHECK(expand_fields("{title}", f) == "组织工作要紧扣中心服务大局");
  CHECK(expand_fields("— {page} —", f) == "— 12 —");
  CHECK(expand_fields("{page}/{pages} {unknown}", f) == "12/40 {unknown}");
}

TEST_CASE("faces are merged by file and index, and runs renumbered") {
  auto face = [](const char* path, unsigned index) {
    paiban::text::FaceInfo f;
    f.path = path;
    f.index = index;
    return f;
  };
  std::vector<paiban::text::FaceInfo> issue_faces{face("/f/serif.ttc", 2), face("/f/sans.ttc", 2)};
  std::vector<paiban::text::FaceInfo> article_faces{face("/f/sans.ttc", 2), face("/f/kai.ttf", 0),
                                                    face("/f/serif.ttc", 2), face("/f/serif.ttc", 0)};
  std::vector<paiban::text::FaceId> map = merge_faces(issue_faces, article_faces);
  CHECK(map == std::vector<paiban::text::FaceId>{1, 2, 0, 3});
  REQUIRE(issue_faces.size() == 4);
  CHECK(issue_faces[2].path == "/f/kai.ttf");
  CHECK(issue_faces[3].index == 0);

  Page page;
  page.runs.resize(3);
  page.runs[0].glyphs.face = 0;
  page.runs[1].glyphs.face = 1;
  page.runs[2].glyphs.face = 3;
  remap_faces(page, map);
  CHECK(page.runs[0].glyphs.face == 1);
  CHECK(page.runs[1].glyphs.face == 2);
  CHECK(page.runs[2].glyphs.face == 3);

  page.runs[0].glyphs.face = 7;
  CHECK_THROWS_AS(remap_faces(page, map), paiban::Error);
}

TEST_CASE("bookmarks nest section, article and the article's headings") {
  std::vector<OutlineArticle> articles{
      {"理论研究", "甲", 4, {{0, "甲", 0, 0}, {1, "一、甲一", 0, 300}, {2, "(一)甲一一", 1, 100}}},
      {"理论研究", "乙", 7, {{0, "乙", 0, 0}}},
      {"基层实践", "丙", 9, {{1, "一、丙一", 2, 50}}},
      {"", "丁", 12, {{1, "一、丁一", 0, 80}}},
  };
  std::vector<OutlineItem> out = issue_outline(articles, 1, 0);
  std::vector<std::tuple<int, std::string, int>> got;
  for (const OutlineItem& o : out) got.emplace_back(o.level, o.title, o.page);
  std::vector<std::tuple<int, std::string, int>> want{
      {0, "目录", 1},   {0, "理论研究", 4}, {1, "甲", 4},  {2, "一、甲一", 4}, {3, "(一)甲一一", 5},
      {1, "乙", 7},     {0, "基层实践", 9}, {1, "丙", 9},  {2, "一、丙一", 11},
      {0, "丁", 12},    {1, "一、丁一", 12}};
  CHECK(got == want);
  CHECK(out[3].y == Approx(300));
}
