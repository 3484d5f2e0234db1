#include "pdf/pdf_test_support.h"

#include <sstream>
#include <stdexcept>

#include <hb-ot.h>
#include <hb.h>

namespace paiban::test {

text::FaceInfo noto_serif_sc() {
  text::FaceInfo f;
  f.path = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";
  f.index = 2;
  f.family = "Noto Serif CJK SC";
  f.postscript_name = "NotoSerifCJKsc-Regular";
  f.cff = true;
  return f;
}

text::FaceInfo wenkai() {
  text::FaceInfo f;
  f.path = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf";
  f.family = "LXGW WenKai";
  f.postscript_name = "LXGWWenKai-Regular";
  return f;
}

text::FaceInfo dejavu_sans() {
  text::FaceInfo f;
  f.path = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  f.family = "DejaVu Sans";
  f.postscript_name = "DejaVuSans";
  f.units_per_em = 2048;
  return f;
}

layout::PageRun shape_run(const text::FaceInfo& info, int face_id, const std::string& text, float size, float x,
                          float y, float extra) {
  hb_blob_t* blob = hb_blob_create_from_file_or_fail(info.path.c_str());
  if (!blob) throw std::runtime_error("test font missing: " + info.path);
  hb_face_t* face = hb_face_create(blob, info.index);
  hb_font_t* font = hb_font_create(face);
  unsigned upem = hb_face_get_upem(face);
  hb_buffer_t* buf = hb_buffer_create();
  hb_buffer_add_utf8(buf, text.data(), static_cast<int>(text.size()), 0, static_cast<int>(text.size()));
  hb_buffer_guess_segment_properties(buf);
  hb_shape(font, buf, nullptr, 0);
  unsigned n = 0;
  hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buf, &n);
  hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &n);

  layout::PageRun run;
  run.x = x;
  run.y = y;
  run.text = text;
  run.glyphs.face = face_id;
  run.glyphs.size = size;
  float scale = size / static_cast<float>(upem);
  float pen = 0;
  for (unsigned i = 0; i < n; ++i) {
    text::PlacedGlyph g;
    g.gid = infos[i].codepoint;
    g.cluster = infos[i].cluster;
    g.x = pen + pos[i].x_offset * scale;
    g.y_offset = pos[i].y_offset * scale;
    g.advance = pos[i].x_advance * scale;
    pen += g.advance + extra;
    run.glyphs.glyphs.push_back(g);
  }
  hb_buffer_destroy(buf);
  hb_font_destroy(font);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  return run;
}

layout::Document a5_document(std::vector<text::FaceInfo> faces) {
  layout::Document d;
  d.trim_width = 419.53;
  d.trim_height = 595.28;
  d.bleed = 8.5;
  d.faces = std::move(faces);
  d.info.title = "测试标题";
  d.info.author = "姜荣";
  d.info.subject = "支部建设 2014年10期";
  d.info.keywords = "组织部门;考核干部";
  return d;
}

Gray read_pgm(const std::string& path) {
  std::string bytes = read_file(path);
  std::istringstream in(bytes);
  std::string magic;
  int maxval = 0;
  Gray g;
  in >> magic >> g.width >> g.height >> maxval;
  in.get();
  if (magic != "P5" || maxval != 255 || g.width <= 0 || g.height <= 0)
    throw std::runtime_error("not an 8-bit PGM: " + path);
  std::size_t start = static_cast<std::size_t>(in.tellg());
  g.pixels.assign(bytes.begin() + static_cast<long>(start), bytes.end());
  if (g.pixels.size() != static_cast<std::size_t>(g.width) * g.height)
    throw std::runtime_error("truncated PGM: " + path);
  return g;
}

}  // namespace paiban::test

namespace paiban::test {

namespace {

struct SampleLine {
  int page, face;
  const char* text;
  float size, x, y, extra, embolden;
};

const SampleLine kSample[] = {
    {0, 0, "天镇县创新干部考核", 18, 60, 80, 0, 0.4f},
    {0, 0, "坚持用好干部考核“指挥棒”,", 10.5f, 51, 130, 0.6f, 0},
    {0, 2, "GDP 33939 P<0.05", 10.5f, 51, 150, 0, 0},
    {0, 1, "吉祥的𠮷字与吉字", 12, 51, 175, 0, 0},
    {1, 0, "二、完善考核结果运用", 12, 51, 80, 0, 0.3f},
    {1, 1, "𠮷野家的招牌", 10.5f, 51, 110, 1, 0},
};

}  // namespace

layout::Document sample_document() {
  layout::Document d = a5_document({noto_serif_sc(), wenkai(), dejavu_sans()});
  d.pages.resize(2);
  d.pages[0].label = "1";
  d.pages[1].label = "2";
  for (const SampleLine& l : kSample) {
    layout::PageRun run = shape_run(d.faces[l.face], l.face, l.text, l.size, l.x, l.y, l.extra);
    run.glyphs.embolden = l.embolden;
    d.pages[l.page].runs.push_back(run);
  }
  d.pages[1].rules.push_back({51, 120, 368, 120, 0.5f});
  d.outline = {{0, "天镇县创新干部考核", 0, 60}, {1, "二、完善考核结果运用", 1, 66}};
  return d;
}

std::vector<std::string> sample_page_texts() {
  std::vector<std::string> pages(2);
  for (const SampleLine& l : kSample) pages[l.page] += l.text;
  return pages;
}

}  // namespace paiban::test
