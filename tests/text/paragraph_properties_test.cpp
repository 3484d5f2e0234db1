#include <catch2/catch.hpp>

#include "line_checks.h"
#include "text_fixtures.h"

using namespace paiban::text;
using namespace paiban::text::testing;

namespace {

constexpr double kMeasuresEm[] = {5, 6.5, 9, 13, 17.3, 22, 28, 33.7};

// Every stress chunk that the rules keep whole (围。”》），, 33 939元，) fits
// in this much room; below it only a rule-breaking break could avoid overflow.
constexpr double kSmallestRoomEm = 4.5;

// `words_from_em`: from this measure on, every Latin word of the text fits.
void check_at_all_measures(const std::string& text, double words_from_em = 0) {
  for (double em : kMeasuresEm) {
    for (double indent : {0.0, 2.0}) {
      if (em - indent < kSmallestRoomEm) continue;
      INFO("measure " << em << " em, indent " << indent);
      const CheckOptions options{em >= words_from_em};
      const ParagraphSpec spec = body(text, em, 10.5, indent);
      check_lines(spec, set_paragraph(catalog(), spec), options);
    }
  }
}

}  // namespace

TEST_CASE("the example article's paragraphs keep every rule at every measure") {
  for (const std::string& para : example_paragraphs()) {
    // "2014-08-15 00:51" is one chunk: no break inside a number or a date.
    check_at_all_measures(para, 13);
    check_at_all_measures(full_width_punctuation(para), 13);
  }
}

TEST_CASE("runs of closing punctuation at every position") {
  const std::string base = "围绕中心服务大局开展组织工作是党的建设";
  for (const std::string run : {"。”》），", "”，", "）、", "》。", "！”", "？）"}) {
    for (size_t pos = 0; pos <= base.size(); pos += 3) {
      check_at_all_measures(base.substr(0, pos) + run + base.substr(pos));
    }
  }
}

TEST_CASE("opening brackets and quotes at every position") {
  const std::string base = "围绕中心服务大局开展组织工作是党的建设";
  for (const std::string run : {"“", "《", "（“", "「『"}) {
    for (size_t pos = 0; pos <= base.size(); pos += 3) check_at_all_measures(base.substr(0, pos) + run + base.substr(pos));
  }
}

TEST_CASE("two-em dashes and ellipses at every position never split") {
  const std::string base = "组织工作要紧扣中心服务大局当前天镇县的中心";
  for (const std::string pair : {"——", "……"}) {
    for (size_t pos = 0; pos <= base.size(); pos += 3) {
      const std::string text = base.substr(0, pos) + pair + base.substr(pos);
      check_at_all_measures(text);
      for (double em : kMeasuresEm) {
        auto r = set_paragraph(catalog(), body(text, em));
        for (const Line& line : r.lines) {
          const std::u32string t = to_u32(line.text);
          CHECK_FALSE((t.front() == t.back() && t.size() == 1 && (t.front() == U'—' || t.front() == U'…')));
        }
      }
    }
  }
}

TEST_CASE("numbers with units and signs stay whole") {
  const std::string text = "全县增长了3.5%,达到33 939元,差异显著(P<0.05),温度为25℃,2014年10期共有128人参加。";
  check_at_all_measures(text);
  for (double em : kMeasuresEm) {
    if (em < 6.5) continue;  // 33 939元， is 5.3 em wide
    auto r = set_paragraph(catalog(), body(text, em));
    for (size_t i = 0; i + 1 < r.lines.size(); ++i) {
      const std::u32string a = to_u32(r.lines[i].text), b = to_u32(r.lines[i + 1].text);
      INFO(a.size() << " | " << b.size());
      const bool digit_end = a.back() >= U'0' && a.back() <= U'9';
      const bool space_digit_end = a.size() > 1 && a.back() == U' ' && a[a.size() - 2] >= U'0' && a[a.size() - 2] <= U'9';
      const bool digit_start = b.front() >= U'0' && b.front() <= U'9';
      CHECK_FALSE((digit_end && digit_start));
      CHECK_FALSE((space_digit_end && digit_start));  // 33 939
      CHECK_FALSE((digit_end && (b.front() == U'%' || b.front() == U'元' || b.front() == U'℃' || b.front() == U'年')));
      CHECK_FALSE((a.back() == U'<' || b.front() == U'<'));
    }
  }
}

TEST_CASE("long Latin words and URLs never overflow, even when they must be split") {
  const std::string text =
      "这是supercalifragilisticexpialidocious一个词,网址https://www.example.com/path/to/a/page?query=1&x=2获取,"
      "以及Pneumonoultramicroscopicsilicovolcanoconiosis这样的长词。";
  check_at_all_measures(text, 1000);
}

TEST_CASE("Latin words that fit are never split") {
  const std::string text = "树立大组织理念GDP growth and the Gross Domestic Product用战略的眼光审视组织工作county level"
                           "组织部门要把组织工作纳入时代发展的大潮中去审视";
  check_at_all_measures(text, 6.5);
}

TEST_CASE("an empty paragraph has no lines") {
  auto r = set_paragraph(catalog(), body("", 20));
  CHECK(r.lines.empty());
  CHECK(r.warnings.empty());
}

TEST_CASE("bad measures and sizes are errors") {
  CHECK_THROWS(set_paragraph(catalog(), body("中文", 0)));
  CHECK_THROWS(set_paragraph(catalog(), body("中文", 10, -1)));
  ParagraphSpec spec = body("中文", 10);
  spec.spans[0].style.role = "no-such-role";
  CHECK_THROWS(set_paragraph(catalog(), spec));
}
