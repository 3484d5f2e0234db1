// The example article of examples/ against issue 2's list, and the golden
// JSON of every example.
#include <catch2/catch.hpp>

#include <filesystem>

#include "export/json/article_json.h"
#include "parse_test_support.h"

using namespace paiban;
using model::BlockType;

TEST_CASE("example: source fields", "[example]") {
  model::Article a = parse::parse_file(test::example_path());
  CHECK(a.title == "组织工作要紧扣中心服务大局");
  CHECK(a.subtitle.empty());
  CHECK(a.date == "2014-08-15");
  CHECK(a.time == "00:51");
  CHECK(a.journal == "支部建设");
  CHECK(a.issue == "2014年10期");
  CHECK(a.keywords_raw == "组织部门考核干部");
  CHECK(a.keywords == std::vector<std::string>{"组织部门", "考核", "干部"});
  REQUIRE(a.authors.size() == 1);
  CHECK(a.authors[0].name == "姜荣");
  CHECK(a.authors[0].role == "中共天镇县委常委、组织部长");
  CHECK(a.editor == "张灵霞");
  CHECK(a.language == "zh-Hans");
  CHECK(a.lead == "围绕中心、服务大局开展组织工作是党的建设的一条基本经验。天镇县运用这条经验努力建设新天镇。");
}

TEST_CASE("example: headings and points", "[example]") {
  model::Article a = parse::parse_file(test::example_path());
  std::vector<std::string> headings, labels;
  for (const model::Block& b : a.blocks) {
    if (b.type == BlockType::heading) {
      CHECK(b.level == 1);
      headings.push_back(b.text());
    }
    if (b.type == BlockType::point) labels.push_back(b.label);
  }
  CHECK(headings == std::vector<std::string>{"一、创新理念，明确组织工作落脚点", "二、围绕中心，找准组织工作切入点",
                                             "三、立足本职，谋求组织工作突破点"});
  CHECK(labels == std::vector<std::string>{"一是", "二是", "三是", "一要", "二要", "三要", "四要", "五要", "一是",
                                           "二是", "三是", "五是"});
  CHECK(a.blocks.size() == 3 + 12 + 4);  // headings, points, plain paragraphs
}

TEST_CASE("example: a point's first sentence is emphasised", "[example]") {
  model::Article a = parse::parse_file(test::example_path());
  const model::Block* first = nullptr;
  for (const model::Block& b : a.blocks)
    if (b.type == BlockType::point && !first) first = &b;
  REQUIRE(first);
  REQUIRE(first->runs.size() == 2);
  CHECK(first->runs[0].emphasis);
  CHECK(first->runs[0].text == "一是树立“大组织”理念，用战略的眼光审视组织工作。");
  CHECK_FALSE(first->runs[1].emphasis);
  CHECK(first->line == 21);
}

TEST_CASE("example: related titles, repeats and the one numbering warning", "[example]") {
  model::Article a = parse::parse_file(test::example_path());
  REQUIRE(a.related.size() == 10);
  CHECK(a.related.front() == "从组织部门的“五个一”看优良部风");
  CHECK(a.related[3] == "创新完善机制 做实做优考核");
  CHECK(a.related.back() == "干部任免");
  CHECK(test::messages(a, model::Severity::warning) == std::vector<std::string>{"51: point 四是 missing"});
  std::size_t titles = 0;
  for (const std::string& t : test::block_texts(a)) titles += t == a.title;
  CHECK(titles == 0);
  std::vector<int> dropped;
  for (const model::Diagnostic& d : a.diagnostics)
    if (!d.omitted.empty()) dropped.push_back(d.line);
  CHECK(dropped == std::vector<int>{3, 9, 11, 56});  // glued role, title, byline, keyword echo
}

TEST_CASE("golden JSON for every example", "[example][golden]") {
  namespace fs = std::filesystem;
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(std::string(PAIBAN_SOURCE_DIR) + "/examples")) {
    if (entry.path().extension() != ".txt") continue;
    fs::path golden = fs::path(PAIBAN_TESTS_DIR) / "golden/parse" / (entry.path().stem().string() + ".json");
    INFO(entry.path().string());
    REQUIRE(fs::exists(golden));
    std::string json = export_json::to_json(parse::parse_file(entry.path().string()));
    CHECK(json == test::read_file(golden.string()));
    ++checked;
  }
  CHECK(checked >= 1);
}
