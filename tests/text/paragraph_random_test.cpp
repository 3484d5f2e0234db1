#include <catch2/catch.hpp>

#include <random>

#include "text_fixtures.h"

using namespace paiban::text;
using namespace paiban::text::testing;

namespace {

// Pieces random paragraphs are made of: Han, punctuation of every class,
// Latin words, digits, spaces, symbols without a CJK glyph, combining
// marks, joiners, emoji, line separators and invalid UTF-8.
const std::vector<std::string> kPieces = {
    "组", "织", "工", "作", "“", "”", "《", "》", "（", "）", "，", "。", "、", "：", "；", "！", "？", "——", "……",
    "·", "GDP", "supercalifragilistic", "a", " ", "  ", "33 939", "3.5%", "P<0.05", "▸", "e\xCC\x81", "\xE2\x80\x8D",
    "\xF0\x9F\x98\x80", "\n", "\xE4\xB8", "\xFF", "https://example.com/a/b", "\t", "𠮷", "α", "±"};

std::string random_paragraph(std::mt19937& rng) {
  std::uniform_int_distribution<size_t> length(0, 120), piece(0, kPieces.size() - 1);
  std::string text;
  for (size_t n = length(rng); n > 0; --n) text += kPieces[piece(rng)];
  return text;
}

// A line of one glyph cannot be justified; the engine avoids it unless its
// neighbours are wider than the measure.
bool ends_with_separator(const std::string& text) { return !text.empty() && text.back() == '\n'; }

}  // namespace

TEST_CASE("random paragraphs: nothing lost or doubled, nothing wider than the measure") {
  std::mt19937 rng(20141015);
  for (int round = 0; round < 400; ++round) {
    const std::string text = random_paragraph(rng);
    for (double em : {5.0, 11.0, 30.0}) {
      for (Align align : {Align::justify, Align::center}) {
        ParagraphSpec spec = body(text, em, 10.5, round % 2 ? 2 : 0);
        spec.align = align;
        const ParagraphResult r = set_paragraph(catalog(), spec);
        INFO("round " << round << ", measure " << em << " em\n" << dump(r));
        REQUIRE(joined_text(r) == text);
        for (const Line& line : r.lines) {
          CHECK(line.width <= spec.measure + 0.01);
          for (const GlyphRun& run : line.runs)
            for (const PlacedGlyph& g : run.glyphs) CHECK(g.cluster < line.text.size());
          if (align == Align::justify && !line.last && !ends_with_separator(line.text) && glyphs_of(line).size() > 1)
            CHECK(line.width == Approx(spec.measure).margin(0.01));
        }
      }
    }
  }
}
