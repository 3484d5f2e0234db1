#include <catch2/catch.hpp>

#include <thread>

#include "text_fixtures.h"

using namespace paiban::text;
using namespace paiban::text::testing;

namespace {

constexpr double kSize = 10.5;

// The placed glyph of the n-th occurrence of `ch` in the paragraph's single line.
struct Found {
  const PlacedGlyph* glyph = nullptr;
  FaceId face = 0;
};

Found find_glyph(const Line& line, const std::string& ch, int nth = 0) {
  size_t at = std::string::npos;
  for (int k = 0; k <= nth; ++k) at = line.text.find(ch, at == std::string::npos ? 0 : at + 1);
  REQUIRE(at != std::string::npos);
  for (const GlyphRun& run : line.runs)
    for (const PlacedGlyph& g : run.glyphs)
      if (g.cluster == at) return {&g, run.face};
  FAIL("no glyph for " << ch);
  return {};
}

ParagraphResult one_line(const std::string& text, Align align = Align::left, double measure_em = 40) {
  ParagraphSpec spec = body(text, measure_em, kSize, 0);
  spec.align = align;
  ParagraphResult r = set_paragraph(catalog(), spec);
  REQUIRE(r.lines.size() == 1);
  return r;
}

const std::string& family(FaceId face) { return catalog().face(face).family; }

}  // namespace

TEST_CASE("▸ falls back to DejaVu, the Han text stays in Noto") {
  auto r = one_line("▸▸▸围绕中心");
  CHECK(family(find_glyph(r.lines[0], "▸").face) == "DejaVu Sans");
  CHECK(find_glyph(r.lines[0], "▸").glyph->gid != 0);
  CHECK(family(find_glyph(r.lines[0], "围").face) == "Noto Serif CJK SC");
  CHECK(r.warnings.empty());
}

TEST_CASE("Latin letters and digits are set in the Latin face") {
  auto r = one_line("唯GDP论2014年");
  CHECK(family(find_glyph(r.lines[0], "G").face) == "DejaVu Serif");
  CHECK(family(find_glyph(r.lines[0], "2").face) == "DejaVu Serif");
  CHECK(family(find_glyph(r.lines[0], "论").face) == "Noto Serif CJK SC");
}

TEST_CASE("a character no font has is reported with its position and kept") {
  const std::string text = "组织\xF4\x8F\xBF\xBD工作";  // U+10FFFD at byte 6
  auto r = one_line(text);
  REQUIRE(r.warnings.size() == 1);
  CHECK_THAT(r.warnings[0], Catch::Contains("U+10FFFD") && Catch::Contains("byte 6"));
  CHECK(r.lines[0].text == text);
  const Found notdef = find_glyph(r.lines[0], "\xF4\x8F\xBF\xBD");
  CHECK(notdef.glyph->gid == 0);
  CHECK(family(notdef.face) == "Noto Serif CJK SC");
}

TEST_CASE("characters no font has are reported once each and only the first few by name") {
  std::string text = "组织";
  for (int i = 0; i < 3; ++i) text += "\xF4\x8F\xBF\xBD";  // U+10FFFD three times, from byte 6
  for (char32_t cp = 0xE000; cp < 0xE00C; ++cp)              // twelve private-use characters
    text += std::string{static_cast<char>(0xEE), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                        static_cast<char>(0x80 | (cp & 0x3F))};
  auto r = one_line(text);
  REQUIRE(r.warnings.size() == 9);  // 8 named, then one line for the rest
  CHECK_THAT(r.warnings[0], Catch::Contains("U+10FFFD") && Catch::Contains("byte 6") && Catch::Contains("3 times"));
  CHECK_THAT(r.warnings[1], Catch::Contains("U+E000") && !Catch::Contains("times"));
  CHECK_THAT(r.warnings[8], Catch::StartsWith("5 more distinct characters"));
}

TEST_CASE("a quarter em separates Han from Latin, inside the line only") {
  auto r = one_line("唯GDP唯");
  const Line& line = r.lines[0];
  const PlacedGlyph* han = find_glyph(line, "唯").glyph;
  const PlacedGlyph* g = find_glyph(line, "G").glyph;
  const PlacedGlyph* p = find_glyph(line, "P").glyph;
  const PlacedGlyph* han2 = find_glyph(line, "唯", 1).glyph;
  CHECK(g->x - (han->x + han->advance) == Approx(0.25 * kSize).margin(0.01));
  CHECK(han2->x - (p->x + p->advance) == Approx(0.25 * kSize).margin(0.01));
  // A line starting with Latin after a break starts at the margin.
  ParagraphSpec spec = body("组织工作要紧扣中心服务大局GDP增长", 13, kSize, 0);
  auto wrapped = set_paragraph(catalog(), spec);
  REQUIRE(wrapped.lines.size() == 2);
  CHECK(wrapped.lines[1].text.rfind("GDP", 0) == 0);
  CHECK(wrapped.lines[1].runs.front().glyphs.front().x == Approx(0).margin(0.01));
}

TEST_CASE("adjacent punctuation loses one blank half") {
  for (const auto& [text, first, second] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"他说：“好。”然后", "。", "”"}, {"他说“好”，然后", "”", "，"},
           {"天镇（县）、大同", "）", "、"}, {"读《党章》。然后", "》", "。"}}) {
    INFO(text);
    auto r = one_line(text);
    const PlacedGlyph* a = find_glyph(r.lines[0], first).glyph;
    const PlacedGlyph* b = find_glyph(r.lines[0], second).glyph;
    CHECK(b->x - a->x == Approx(0.5 * kSize).margin(0.01));
  }
  // Two opening marks: the second's blank left half goes ((“ -> the quote moves left).
  auto r = one_line("说（“好”）");
  const PlacedGlyph* open = find_glyph(r.lines[0], "（").glyph;
  const PlacedGlyph* quote = find_glyph(r.lines[0], "“").glyph;
  CHECK(quote->x - open->x == Approx(0.5 * kSize).margin(0.01));
  // Punctuation between Han characters keeps its full width.
  auto plain = one_line("天镇，大同");
  CHECK(find_glyph(plain.lines[0], "大").glyph->x - find_glyph(plain.lines[0], "，").glyph->x ==
        Approx(kSize).margin(0.01));
}

TEST_CASE("a line-end closing mark is set half-width when the line is too long") {
  ParagraphSpec spec = body("一二三四五。六七八九十。", 5.5, kSize, 0);
  auto r = set_paragraph(catalog(), spec);
  REQUIRE(r.lines.size() == 2);
  CHECK(r.lines[0].text == "一二三四五。");
  CHECK(r.lines[0].width == Approx(5.5 * kSize).margin(0.01));
  CHECK(r.lines[0].natural == Approx(6 * kSize).margin(0.01));
  CHECK(find_glyph(r.lines[0], "。").glyph->x == Approx(5 * kSize).margin(0.01));
}

TEST_CASE("a line-start opening bracket is set half-width when the line is too long") {
  ParagraphSpec spec = body("一二三四五“六七八九十", 5.5, kSize, 0);
  auto r = set_paragraph(catalog(), spec);
  INFO(dump(r));
  REQUIRE(r.lines.size() == 2);
  CHECK(r.lines[1].text == "“六七八九十");
  // The quote's blank left half is cut: its ink starts at the margin.
  CHECK(find_glyph(r.lines[1], "“").glyph->x == Approx(-0.5 * kSize).margin(0.01));
  CHECK(find_glyph(r.lines[1], "六").glyph->x == Approx(0.5 * kSize).margin(0.01));
  CHECK(r.lines[1].width == Approx(5.5 * kSize).margin(0.01));
}

TEST_CASE("justification spreads space evenly between characters") {
  ParagraphSpec spec = body("组织部门要不断更新工作理念主动适应县域经济发展需要", 10.3, kSize, 0);
  auto r = set_paragraph(catalog(), spec);
  REQUIRE(r.lines.size() >= 2);
  const auto glyphs = glyphs_of(r.lines[0]);
  REQUIRE(glyphs.size() >= 3);
  const double step = glyphs[1]->x - glyphs[0]->x;
  CHECK(step > kSize);
  for (size_t i = 1; i < glyphs.size(); ++i) CHECK(glyphs[i]->x - glyphs[i - 1]->x == Approx(step).margin(0.01));
  CHECK(r.lines[0].width == Approx(10.3 * kSize).margin(0.01));
  CHECK(r.lines.back().width == Approx(r.lines.back().natural).margin(0.01));
}

TEST_CASE("the first-line indent moves the first line only") {
  auto r = set_paragraph(catalog(), body("组织部门要不断更新工作理念主动适应县域经济发展需要", 10, kSize, 2));
  REQUIRE(r.lines.size() >= 2);
  CHECK(glyphs_of(r.lines[0]).front()->x == Approx(2 * kSize).margin(0.01));
  CHECK(glyphs_of(r.lines[1]).front()->x == Approx(0).margin(0.01));
}

TEST_CASE("centred, right and left alignment") {
  const std::string title = "组织工作要紧扣中心服务大局";  // 13 em
  auto centred = one_line(title, Align::center, 20);
  CHECK(glyphs_of(centred.lines[0]).front()->x == Approx(3.5 * kSize).margin(0.01));
  CHECK(centred.lines[0].width == Approx(16.5 * kSize).margin(0.01));
  auto right = one_line(title, Align::right, 20);
  CHECK(glyphs_of(right.lines[0]).front()->x == Approx(7 * kSize).margin(0.01));
  CHECK(right.lines[0].width == Approx(20 * kSize).margin(0.01));
  auto left = one_line(title, Align::left, 20);
  CHECK(glyphs_of(left.lines[0]).front()->x == Approx(0).margin(0.01));
  CHECK(left.lines[0].width == Approx(13 * kSize).margin(0.01));
}

TEST_CASE("ragged lines of a centred paragraph are not stretched") {
  ParagraphSpec spec = body("组织工作要紧扣中心服务大局围绕中心服务大局开展组织工作", 9, kSize, 0);
  spec.align = Align::center;
  auto r = set_paragraph(catalog(), spec);
  REQUIRE(r.lines.size() >= 2);
  for (const Line& line : r.lines) CHECK(line.width <= spec.measure + 0.01);
  for (const Line& line : r.lines) CHECK(line.width - glyphs_of(line).front()->x == Approx(line.natural).margin(0.01));
}

TEST_CASE("line ascent and descent come from the fonts' metrics") {
  auto r = one_line("组织GDP");
  const FaceInfo& noto = catalog().face(catalog().chain("body", false).front());
  CHECK(r.lines[0].ascent >= noto.ascender * kSize - 0.01);
  CHECK(r.lines[0].descent >= noto.descender * kSize - 0.01);
  CHECK(r.lines[0].ascent < 1.2 * kSize);
}

TEST_CASE("a line separator ends a line without stretching it") {
  ParagraphSpec spec = body("第一行\n第二行比较长一些", 20, kSize, 0);
  auto r = set_paragraph(catalog(), spec);
  REQUIRE(r.lines.size() == 2);
  CHECK(r.lines[0].text == "第一行\n");
  CHECK(r.lines[0].width == Approx(3 * kSize).margin(0.01));
}

TEST_CASE("spans of different roles and sizes are set in their own faces") {
  ParagraphSpec spec;
  spec.spans.push_back(Span{"一是", TextStyle{"heading", 12, true}});
  spec.spans.push_back(Span{"树立理念。", TextStyle{"body", 10.5, false}});
  spec.measure = 300;
  spec.align = Align::left;
  auto r = set_paragraph(catalog(), spec);
  REQUIRE(r.lines.size() == 1);
  REQUIRE(r.lines[0].runs.size() >= 2);
  CHECK(family(r.lines[0].runs[0].face) == "Noto Sans CJK SC");
  CHECK(r.lines[0].runs[0].size == 12);
  CHECK(family(r.lines[0].runs[1].face) == "Noto Serif CJK SC");
  CHECK(r.lines[0].runs[1].glyphs.front().x == Approx(24).margin(0.01));
}

TEST_CASE("setting paragraphs on a shared catalog from several threads gives the same result") {
  const auto paragraphs = example_paragraphs();
  std::vector<std::string> expected;
  for (const auto& p : paragraphs) expected.push_back(dump(set_paragraph(catalog(), body(p, 22))));
  std::vector<std::vector<std::string>> got(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < got.size(); ++t)
    threads.emplace_back([&, t] {
      for (const auto& p : paragraphs) got[t].push_back(dump(set_paragraph(catalog(), body(p, 22))));
    });
  for (auto& th : threads) th.join();
  for (const auto& g : got) CHECK(g == expected);
}

TEST_CASE("ragged lines still fill: a two-line note is not a stub and a full line") {
  const std::string note =
      "编者按：本期聚焦党性教育、干部考核和基层服务型党组织建设，理论研究与基层实践相互印证，"
      "供各级党组织学习参考。";
  for (Align align : {Align::left, Align::center, Align::right}) {
    ParagraphSpec spec = body(note, 40, kSize, 0);
    spec.align = align;
    ParagraphResult r = set_paragraph(catalog(), spec);
    REQUIRE(r.lines.size() == 2);
    // The first line takes all it can: less than two ems stay empty.
    CHECK(r.lines[0].natural > spec.measure - 2 * kSize);
  }
}
