// Pure parts of the PDF writer: numbers, ToUnicode, page labels, CFF charset,
// imposition order.
#include <catch2/catch.hpp>

#include <algorithm>

#include "export/pdf/cff_charset.h"
#include "export/pdf/font_subset.h"
#include "export/pdf/imposition.h"
#include "export/pdf/page_labels.h"
#include "export/pdf/pdf_number.h"
#include "export/pdf/to_unicode.h"
#include "pdf/pdf_test_support.h"

using namespace paiban::export_pdf;

TEST_CASE("numbers are fixed point without trailing zeros", "[pdf]") {
  CHECK(pdf_number(0) == "0");
  CHECK(pdf_number(-0.0001) == "0");
  CHECK(pdf_number(419.5275) == "419.528");
  CHECK(pdf_number(12.5, 2) == "12.5");
  CHECK(pdf_number(-3) == "-3");
  CHECK(pdf_number(1e-9) == "0");
}

TEST_CASE("ToUnicode maps beyond-BMP text to surrogate pairs", "[pdf]") {
  CHECK(utf8_to_utf16be("中") == std::string("\x4e\x2d", 2));
  CHECK(utf8_to_utf16be("𠮷") == std::string("\xd8\x42\xdf\xb7", 4));
  CHECK(utf8_to_utf16be("\xff") == std::string("\xff\xfd", 2));
  std::string cmap = to_unicode_cmap({{5, "𠮷"}, {7, "fi"}, {9, ""}});
  CHECK(cmap.find("2 beginbfchar\n<0005> <D842DFB7>\n<0007> <00660069>\nendbfchar") != std::string::npos);
  std::map<uint16_t, std::string> many;
  for (uint16_t i = 1; i <= 150; ++i) many.emplace(i, std::string(1, static_cast<char>(0x60 + i % 26)));
  std::string big = to_unicode_cmap(many);
  CHECK(big.find("100 beginbfchar") != std::string::npos);
  CHECK(big.find("50 beginbfchar") != std::string::npos);
}

TEST_CASE("page labels become decimal, roman and literal ranges", "[pdf]") {
  auto r = label_ranges({"i", "ii", "1", "2", "3", "封底", "7", "8"});
  REQUIRE(r.size() == 4);
  CHECK((r[0].first_page == 0 && r[0].style == 'r' && r[0].start == 1));
  CHECK((r[1].first_page == 2 && r[1].style == 'D' && r[1].start == 1));
  CHECK((r[2].first_page == 5 && r[2].style == 0 && r[2].prefix == "封底"));
  CHECK((r[3].first_page == 6 && r[3].style == 'D' && r[3].start == 7));
  auto plain = label_ranges({"", "", ""});
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].style == 'D');
}

TEST_CASE("saddle-stitch order pads to a multiple of four and nests the sheets", "[pdf]") {
  auto one = saddle_stitch_order(1);
  REQUIRE(one.size() == 2);
  CHECK((one[0].left == -1 && one[0].right == 0));
  CHECK((one[1].left == -1 && one[1].right == -1));
  auto eight = saddle_stitch_order(8);
  REQUIRE(eight.size() == 4);
  CHECK((eight[0].left == 7 && eight[0].right == 0 && !eight[0].back));
  CHECK((eight[1].left == 1 && eight[1].right == 6 && eight[1].back));
  CHECK((eight[2].left == 5 && eight[2].right == 2 && eight[2].sheet == 1));
  CHECK((eight[3].left == 3 && eight[3].right == 4));
  for (int n : {1, 4, 5, 8, 13, 16, 17}) {
    auto sides = saddle_stitch_order(n);
    CHECK(sides.size() % 2 == 0);
    CHECK(sides.size() * 2 == static_cast<std::size_t>((n + 3) / 4 * 4));
    std::vector<int> seen(n, 0);
    for (const auto& s : sides)
      for (int p : {s.left, s.right})
        if (p >= 0) ++seen.at(p);
    CHECK(std::all_of(seen.begin(), seen.end(), [](int k) { return k == 1; }));
  }
}

TEST_CASE("Noto CJK subsets keep their CIDs in the charset", "[pdf]") {
  // hb-subset renumbers glyphs; the CIDs the content stream uses must come from
  // the subset's charset, which in Noto CJK are the original glyph ids.
  std::set<uint32_t> gids = {1, 17, 12000, 30000, 60000};
  EmbeddedFont font = subset_face(paiban::test::noto_serif_sc(), gids);
  REQUIRE(font.cff);
  auto charset = read_cff_charset(font.program);
  REQUIRE(charset);
  CHECK(charset->cid_keyed);
  CHECK(charset->gid_to_cid.size() == gids.size() + 1);  // plus .notdef
  for (uint32_t g : gids) CHECK(font.glyphs.at(g).cid == g);
  CHECK(font.program.size() < 20000);
  CHECK(font.base_name.size() == 7 + std::string("NotoSerifCJKsc-Regular").size());
}

TEST_CASE("TrueType subsets renumber glyphs densely", "[pdf]") {
  std::set<uint32_t> gids = {3, 500, 9000};
  EmbeddedFont font = subset_face(paiban::test::wenkai(), gids);
  CHECK_FALSE(font.cff);
  CHECK(font.program.substr(0, 4) == std::string("\0\1\0\0", 4));
  std::set<uint16_t> cids;
  for (uint32_t g : gids) cids.insert(font.glyphs.at(g).cid);
  CHECK(cids == std::set<uint16_t>{1, 2, 3});
  CHECK(font.glyphs.at(500).width > 0);
}

TEST_CASE("malformed CFF data is rejected, not read out of bounds", "[pdf]") {
  CHECK_FALSE(read_cff_charset(""));
  CHECK_FALSE(read_cff_charset(std::string("\1\0\4\1\0\5", 6)));
  std::string junk(300, '\xff');
  CHECK_FALSE(read_cff_charset(junk));
}
