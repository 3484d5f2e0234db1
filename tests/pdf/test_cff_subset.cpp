// The project's CID-keyed CFF subsetter (export/pdf/cff_subset.h), held
// against the source font glyph by glyph: FreeType, which poppler and mupdf
// render with, must read the same outline and advance from the subset as from
// the font.
#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb.h>

#include "export/pdf/cff_charset.h"
#include "export/pdf/charstring_cache.h"
#include "export/pdf/cff_subset.h"
#include "export/pdf/font_subset.h"
#include "pdf/pdf_test_support.h"

using namespace paiban;
using namespace paiban::export_pdf;

namespace {

struct FreeType {
  FT_Library library = nullptr;
  FreeType() { REQUIRE(FT_Init_FreeType(&library) == 0); }
  ~FreeType() { FT_Done_FreeType(library); }
};

using FtFace = std::unique_ptr<FT_FaceRec_, decltype(&FT_Done_Face)>;

FtFace open_file(FT_Library library, const text::FaceInfo& info) {
  FT_Face face = nullptr;
  REQUIRE(FT_New_Face(library, info.path.c_str(), info.index, &face) == 0);
  return FtFace(face, FT_Done_Face);
}

FtFace open_memory(FT_Library library, const std::string& bytes) {
  FT_Face face = nullptr;
  REQUIRE(FT_New_Memory_Face(library, reinterpret_cast<const FT_Byte*>(bytes.data()),
                             static_cast<FT_Long>(bytes.size()), 0, &face) == 0);
  return FtFace(face, FT_Done_Face);
}

// A glyph's outline in font units, unhinted: what a renderer scales.
std::string outline(FT_Face face, FT_UInt glyph) {
  REQUIRE(FT_Load_Glyph(face, glyph, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING) == 0);
  const FT_Outline& o = face->glyph->outline;
  std::string out = "advance " + std::to_string(face->glyph->metrics.horiAdvance) + ";";
  for (int c = 0; c < o.n_contours; ++c) out += " end " + std::to_string(o.contours[c]);
  for (int p = 0; p < o.n_points; ++p)
    out += " " + std::to_string(o.points[p].x) + "," + std::to_string(o.points[p].y) + ":" +
           std::to_string(o.tags[p] & 3);
  return out;
}

std::string cff_table(const text::FaceInfo& info) {
  hb_blob_t* file = hb_blob_create_from_file_or_fail(info.path.c_str());
  REQUIRE(file);
  hb_face_t* face = hb_face_create(file, info.index);
  hb_blob_t* table = hb_face_reference_table(face, HB_TAG('C', 'F', 'F', ' '));
  unsigned length = 0;
  const char* data = hb_blob_get_data(table, &length);
  std::string bytes(data ? data : "", data ? length : 0);
  hb_blob_destroy(table);
  hb_face_destroy(face);
  hb_blob_destroy(file);
  return bytes;
}

text::FaceInfo noto_sans_bold_sc() {
  text::FaceInfo f;
  f.path = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc";
  f.index = 2;
  f.postscript_name = "NotoSansCJKsc-Bold";
  f.cff = true;
  return f;
}

// Every `step`th glyph of the face: all of its Font DICTs and a wide spread of
// its subroutines.
std::vector<uint32_t> spread(const text::FaceInfo& info, uint32_t step) {
  FreeType ft;
  FtFace face = open_file(ft.library, info);
  std::vector<uint32_t> gids;
  for (uint32_t g = 0; g < static_cast<uint32_t>(face->num_glyphs); g += step) gids.push_back(g);
  return gids;
}

}  // namespace

TEST_CASE("a CFF subset draws every kept glyph exactly as the font does", "[pdf][cff]") {
  for (const text::FaceInfo& info : {test::noto_serif_sc(), noto_sans_bold_sc()}) {
    INFO(info.path);
    std::vector<uint32_t> gids = spread(info, 23);
    std::optional<std::string> subset = subset_cid_cff(cff_table(info), gids);
    REQUIRE(subset);
    auto charset = read_cff_charset(*subset);
    REQUIRE(charset);
    REQUIRE(charset->gid_to_cid.size() == gids.size());

    FreeType ft;
    FtFace source = open_file(ft.library, info);
    FtFace kept = open_memory(ft.library, *subset);
    // A bare CID-keyed CFF is addressed by CID, as a PDF CIDFontType0 is; in
    // Noto CJK a glyph's CID is its glyph id in the font.
    for (std::size_t i = 0; i < gids.size(); ++i) {
      INFO("glyph " << gids[i]);
      REQUIRE(charset->gid_to_cid[i] == gids[i]);
      REQUIRE(outline(kept.get(), charset->gid_to_cid[i]) == outline(source.get(), gids[i]));
    }
  }
}

TEST_CASE("a CFF subset holds only what its glyphs need", "[pdf][cff]") {
  std::string table = cff_table(test::noto_serif_sc());
  std::optional<std::string> few = subset_cid_cff(table, {0, 1, 17, 12000, 30000, 60000});
  REQUIRE(few);
  CHECK(few->size() < 6000);  // no subroutines, no unused Font DICTs
  std::optional<std::string> more = subset_cid_cff(table, spread(test::noto_serif_sc(), 23));
  REQUIRE(more);
  CHECK(more->size() < table.size() / 10);
}

TEST_CASE("the CFF subsetter declines what it does not understand", "[pdf][cff]") {
  std::string table = cff_table(test::noto_serif_sc());
  CHECK_FALSE(subset_cid_cff(table, {1, 2}));     // .notdef first
  CHECK_FALSE(subset_cid_cff(table, {0, 5, 3}));  // ascending
  CHECK_FALSE(subset_cid_cff(table, {0, 70000}));
  CHECK_FALSE(subset_cid_cff("", {0}));

  // A name-keyed CFF (URW's Nimbus, from ghostscript's fonts) goes to hb-subset.
  text::FaceInfo nimbus;
  nimbus.path = "/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf";
  nimbus.postscript_name = "NimbusSans-Regular";
  nimbus.cff = true;
  CHECK_FALSE(subset_cid_cff(cff_table(nimbus), {0, 36, 37}));
  CHECK_FALSE(is_cid_keyed_face(nimbus));
  CHECK_FALSE(is_cid_keyed_face(test::wenkai()));
  CHECK(is_cid_keyed_face(test::noto_serif_sc()));
  EmbeddedFont font = subset_face(nimbus, {36, 37});
  auto charset = read_cff_charset(font.program);
  REQUIRE(charset);
  CHECK_FALSE(charset->cid_keyed);
  CHECK(font.glyphs.at(36).width > 0);
}

TEST_CASE("a truncated or corrupt CFF is declined, never read out of bounds", "[pdf][cff]") {
  std::optional<std::string> small = subset_cid_cff(cff_table(test::noto_serif_sc()), {0, 1, 17, 12000});
  REQUIRE(small);
  const std::vector<uint32_t> gids = {0, 1, 2, 3};
  REQUIRE(subset_cid_cff(*small, gids));
  // The CharStrings INDEX comes last: any shorter table ends inside it.
  for (std::size_t length = 0; length < small->size(); ++length)
    CHECK_FALSE(subset_cid_cff(small->substr(0, length), gids));
  for (std::size_t at = 0; at < small->size(); ++at)
    for (char value : {'\0', '\x0c', '\x1c', '\xff'}) {
      std::string bad = *small;
      bad[at] = value;
      subset_cid_cff(bad, gids);  // may succeed with other outlines; must not crash (ASan checks)
    }
}

TEST_CASE("a CID-keyed face is described before it is subset, with the CIDs its subset keeps", "[pdf][cff]") {
  const std::set<uint32_t> gids = {1, 17, 12000, 30000, 60000};
  std::optional<EmbeddedFont> described = describe_cid_keyed_face(test::noto_serif_sc(), gids);
  REQUIRE(described);
  CHECK(described->program.empty());
  EmbeddedFont whole = subset_face(test::noto_serif_sc(), gids);
  CHECK(described->base_name == whole.base_name);
  auto charset = read_cff_charset(cid_keyed_program(test::noto_serif_sc(), gids));
  REQUIRE(charset);
  for (uint32_t g : gids) {
    CHECK(described->glyphs.at(g).cid == whole.glyphs.at(g).cid);
    CHECK(described->glyphs.at(g).width == whole.glyphs.at(g).width);
    CHECK(std::count(charset->gid_to_cid.begin(), charset->gid_to_cid.end(), described->glyphs.at(g).cid) == 1);
  }
  CHECK_FALSE(describe_cid_keyed_face(test::wenkai(), {3, 500}));
}

// Charstrings flattened early (while a layout runs) must change nothing but
// the time a subset takes: a guess with glyphs to spare and glyphs missing
// gives the very subset made without it.
TEST_CASE("a CFF subset made with early flattened charstrings is the same subset", "[pdf][cff]") {
  std::string table = cff_table(test::noto_serif_sc());
  const std::vector<uint32_t> used = {0, 1, 17, 3000, 12000, 30000, 60000};
  const std::vector<uint32_t> guessed = {0, 17, 2999, 3000, 12000, 45000, 60000};  // misses 1 and 30000
  std::optional<FlattenedCharstrings> early = flatten_cid_charstrings(table, guessed);
  REQUIRE(early);
  CHECK(early->gids == guessed);
  REQUIRE(early->find(3000));
  CHECK_FALSE(early->find(1));
  CHECK_FALSE(early->find(30000));
  std::optional<std::string> plain = subset_cid_cff(table, used);
  REQUIRE(plain);
  CHECK(subset_cid_cff(table, used, &*early) == plain);

  // Each early charstring is the one the subset holds for that glyph.
  auto charset = read_cff_charset(*plain);
  REQUIRE(charset);
  std::optional<std::string> alone = subset_cid_cff(table, {0, 3000});
  REQUIRE(alone);
  CHECK(alone->find(std::string(*early->find(3000))) != std::string::npos);

  CHECK_FALSE(flatten_cid_charstrings(table, {5, 3}));
  CHECK_FALSE(flatten_cid_charstrings("", {0}));
  CHECK(flatten_cid_keyed_glyphs(test::noto_serif_sc(), guessed)->gids == guessed);
  CHECK_FALSE(flatten_cid_keyed_glyphs(test::wenkai(), {0, 3, 500}));
}

// The charstring cache (charstring_cache.h): a file read back is the
// flattened charstrings written, and anything else is no cache at all.
TEST_CASE("flattened charstrings read back from a cache file are the ones written, or none", "[pdf][cff]") {
  std::string table = cff_table(test::noto_serif_sc());
  const std::vector<uint32_t> gids = {0, 17, 3000, 12000, 45000};
  std::optional<FlattenedCharstrings> flat = flatten_cid_charstrings(table, gids);
  REQUIRE(flat);
  std::string file = serialize_charstrings(*flat, "font#2 stamp");
  std::optional<FlattenedCharstrings> back = parse_charstrings(file, "font#2 stamp");
  REQUIRE(back);
  CHECK(back->gids == flat->gids);
  CHECK(back->ends == flat->ends);
  CHECK(back->bytes == flat->bytes);

  CHECK_FALSE(parse_charstrings(file, "font#2 other stamp"));  // the font changed
  for (std::size_t length = 0; length < file.size(); length += 7) CHECK_FALSE(parse_charstrings(file.substr(0, length), "font#2 stamp"));
  for (std::size_t at = 0; at < file.size(); at += 13) {
    std::string bad = file;
    bad[at] = static_cast<char>(bad[at] ^ 0x20);
    CHECK_FALSE(parse_charstrings(bad, "font#2 stamp"));
  }

  // Glyphs from the cache, the rest flattened: the same as flattening all.
  std::optional<FlattenedCharstrings> more = flatten_cid_charstrings(table, {0, 1, 17, 3000, 30000}, &*back);
  std::optional<FlattenedCharstrings> plain = flatten_cid_charstrings(table, {0, 1, 17, 3000, 30000});
  REQUIRE(more);
  REQUIRE(plain);
  CHECK(more->bytes == plain->bytes);
  CHECK(more->ends == plain->ends);

  FlattenedCharstrings all = merge_charstrings(*back, *more);
  CHECK(all.gids == std::vector<uint32_t>{0, 1, 17, 3000, 12000, 30000, 45000});
  for (uint32_t g : all.gids) {
    std::optional<std::string_view> from = back->find(g) ? back->find(g) : more->find(g);
    REQUIRE(from);
    CHECK(all.find(g) == from);
  }
}
