#include "sample_articles.h"

#include <string>

namespace paiban::layout::testing {

namespace {

model::Block paragraph(const std::string& text) {
  model::Block b;
  b.type = model::BlockType::paragraph;
  b.runs.push_back({text});
  return b;
}

model::Block heading(int level, const std::string& text) {
  model::Block b = paragraph(text);
  b.type = model::BlockType::heading;
  b.level = level;
  return b;
}

model::Block point(const std::string& label, const std::string& first, const std::string& rest) {
  model::Block b;
  b.type = model::BlockType::point;
  b.label = label;
  b.runs.push_back({first, true});
  b.runs.push_back({rest});
  return b;
}

model::Block footnote(const std::string& marker, const std::string& text) {
  model::Block b;
  b.type = model::BlockType::footnote;
  b.label = marker;
  b.runs.push_back({marker});
  b.runs.push_back({text});
  return b;
}

const std::string kSentence = "组织部门要不断更新工作理念，主动适应县域经济发展需要，以理念更新统领工作创新。";

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace

model::Article full_article() {
  model::Article a;
  a.title = "组织工作要紧扣中心服务大局";
  a.subtitle = "——天镇县组织工作的实践与思考";
  a.date = "2014-08-15";
  a.journal = "支部建设";
  a.issue = "2014年10期";
  a.keywords = {"组织部门", "考核干部"};
  a.authors = {{"姜荣", "中共天镇县委常委、组织部长", {}}};
  a.affiliations = {"中共天镇县委组织部，山西 天镇 038200"};
  a.abstract = "围绕中心、服务大局开展组织工作是党的建设的一条基本经验。" + kSentence;
  a.lead = "围绕中心、服务大局开展组织工作是党的建设的一条基本经验。天镇县运用这条经验努力建设新天镇。";
  a.blocks.push_back(paragraph(repeat(kSentence, 3)));
  a.blocks.push_back(heading(1, "一、创新理念，明确组织工作落脚点"));
  a.blocks.push_back(point("一是", "一是树立“大组织”理念，用战略的眼光审视组织工作。", repeat(kSentence, 4)));
  a.blocks.push_back(heading(2, "（一）加强领导"));
  model::Block cited = paragraph("研究表明");
  cited.runs.push_back({"[1]", false, true});
  cited.runs.push_back({"," + repeat(kSentence, 2)});
  a.blocks.push_back(cited);
  a.blocks.push_back(point("二是", "二是树立“大统筹”理念。", repeat(kSentence, 2)));
  a.blocks.push_back(footnote("[1]", "张三.组织工作研究[J].支部建设,2014(10):12-15."));
  a.editor = "张灵霞";
  a.related = {"从组织部门的“五个一”看优良部风", "当干部切忌“打官腔”"};
  return a;
}

model::Article stress_article() {
  model::Article a;
  a.title = "标点、数字与西文混排的压力测试：一个很长很长的标题用来检验标题换行是否正确";
  a.journal = "测试期刊";
  a.issue = "2024年1期";
  a.authors = {{"杜向辉", "", {"1", "*"}}, {"姜荣", "", {}}};
  const std::string punct = "他说：“《人民日报》。”》），再说（“好”）——然后……最后。";
  for (int shift = 0; shift < 12; ++shift) {
    // The same awkward runs at every position of the line.
    std::string text = repeat("中", shift) + punct + repeat(punct, 3) + "唯GDP唯年龄，P<0.05，33 939元，±3.5%，α值。";
    a.blocks.push_back(paragraph(text));
  }
  a.blocks.push_back(heading(1, "一、西文长词"));
  a.blocks.push_back(paragraph("术语Pneumonoultramicroscopicsilicovolcanoconiosis与Supercalifragilisticexpialidocious以及"
                               "https://example.org/a/very/long/path/name/that/never/breaks 都要处理。" + repeat(kSentence, 2)));
  a.blocks.push_back(paragraph("短。"));
  a.blocks.push_back(heading(1, "二、标题后紧跟标题"));
  a.blocks.push_back(heading(2, "（一）二级标题"));
  a.blocks.push_back(paragraph(repeat("——", 20) + repeat("……", 20) + "。"));
  for (int i = 0; i < 20; ++i) {
    a.blocks.push_back(heading(2, "（" + std::to_string(i + 1) + "）小节"));
    a.blocks.push_back(paragraph(repeat(kSentence, 1 + i % 5)));
  }
  return a;
}

model::Article long_article(int paragraphs) {
  model::Article a = full_article();
  for (int i = 0; i < paragraphs; ++i) {
    if (i % 7 == 0) a.blocks.push_back(heading(1, "第" + std::to_string(i / 7 + 1) + "部分 段落很多的文章"));
    a.blocks.push_back(paragraph(repeat(kSentence, 1 + (i * 5) % 9)));
  }
  return a;
}

}  // namespace paiban::layout::testing
