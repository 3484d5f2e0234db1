#include "line_checks.h"

#include <catch2/catch.hpp>

#include <string_view>

#include "text_fixtures.h"

namespace paiban::text::testing {
namespace {

constexpr double kTolerance = 0.01;  // pt

// typography.md, "Line breaking": never at line start / line end.
constexpr std::u32string_view kNoStart = U"，。、：；！？）]}」』》〉】〕〗〙〛”’…—·%";
constexpr std::u32string_view kNoEnd = U"（〔[{「『《〈【〖〘〚“‘";

bool ascii_alnum(char32_t c) { return c < 0x80 && std::isalnum(static_cast<int>(c)); }

void check_glyph_clusters(const Line& line) {
  for (const GlyphRun& run : line.runs)
    for (const PlacedGlyph& g : run.glyphs) CHECK(g.cluster < line.text.size());
}

}  // namespace

std::string full_width_punctuation(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool cjk_before = i > 0 && static_cast<unsigned char>(text[i - 1]) >= 0x80;
    const bool cjk_after = i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80;
    const std::string_view from = ",:;()";
    const char* to[] = {"，", "：", "；", "（", "）"};
    const size_t k = from.find(c);
    if (k != std::string_view::npos && (cjk_before || cjk_after)) out += to[k];
    else out += c;
  }
  return out;
}

void check_lines(const ParagraphSpec& spec, const ParagraphResult& result, CheckOptions options) {
  std::string input;
  for (const Span& span : spec.spans) input += span.text;
  INFO(dump(result));
  REQUIRE(joined_text(result) == input);
  for (size_t i = 0; i < result.lines.size(); ++i) {
    const Line& line = result.lines[i];
    INFO("line " << i << ": " << line.text);
    CHECK(line.width <= spec.measure + kTolerance);
    CHECK(line.last == (i + 1 == result.lines.size()));
    check_glyph_clusters(line);
    const std::u32string raw = to_u32(line.text);
    std::u32string text = raw;
    while (!text.empty() && text.back() == U' ') text.pop_back();
    REQUIRE(!text.empty());
    if (i > 0) CHECK(kNoStart.find(text.front()) == std::u32string_view::npos);
    if (!line.last) {
      CHECK(kNoEnd.find(text.back()) == std::u32string_view::npos);
      const std::u32string next = to_u32(result.lines[i + 1].text);
      if (options.words_fit) CHECK_FALSE((ascii_alnum(raw.back()) && ascii_alnum(next.front())));
      if (spec.align == Align::justify) CHECK(line.width == Approx(spec.measure).margin(kTolerance));
    } else {
      CHECK(line.width <= line.natural + kTolerance);  // never stretched
    }
  }
}

}  // namespace paiban::text::testing
