#include "text/punct_metrics.h"

#include <hb-ot.h>

#include <algorithm>

#include "text/clreq.h"
#include "text/hb_handles.h"

namespace paiban::text {
namespace {

struct Shaped {
  uint32_t gid = 0;
  hb_position_t advance = 0, x_offset = 0;
};

bool shape_one(hb_font_t* font, hb_buffer_t* buf, char32_t c, const char* lang, bool halt, Shaped& out) {
  hb_buffer_clear_contents(buf);
  uint32_t cp = static_cast<uint32_t>(c);
  hb_buffer_add_utf32(buf, &cp, 1, 0, 1);
  hb_buffer_set_direction(buf, HB_DIRECTION_LTR);
  hb_buffer_set_script(buf, HB_SCRIPT_HAN);
  hb_buffer_set_language(buf, hb_language_from_string(lang, -1));
  hb_feature_t feature{HB_TAG('h', 'a', 'l', 't'), 1, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END};
  hb_shape(font, buf, &feature, halt ? 1 : 0);
  unsigned n = 0;
  hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
  hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, nullptr);
  if (n != 1 || info[0].codepoint == 0) return false;
  out = Shaped{info[0].codepoint, pos[0].x_advance, pos[0].x_offset};
  return true;
}

bool has_feature(hb_face_t* face, hb_tag_t feature) {
  for (hb_tag_t table : {HB_OT_TAG_GPOS, HB_OT_TAG_GSUB}) {
    hb_tag_t tags[64];
    unsigned count = 64;
    for (unsigned offset = 0; count == 64; offset += count) {
      count = 64;
      hb_ot_layout_table_get_feature_tags(face, table, offset, &count, tags);
      for (unsigned i = 0; i < count; ++i)
        if (tags[i] == feature) return true;
    }
  }
  return false;
}

}  // namespace

HaltTable measure_halt(hb_font_t* font) {
  HaltTable table;
  // Without a `halt` lookup shaping with the feature on changes nothing: skip
  // the 160 shapings (most faces of the catalog are not Noto CJK).
  if (!has_feature(hb_font_get_face(font), HB_TAG('h', 'a', 'l', 't'))) return table;
  const float upem = static_cast<float>(hb_face_get_upem(hb_font_get_face(font)));
  HbBuffer buf(hb_buffer_create());
  for (const char* lang : {"zh-Hans", "zh-Hant"}) {
    for (const char32_t* p = compressible_punctuation(); *p; ++p) {
      Shaped full, half;
      if (!shape_one(font, buf.get(), *p, lang, false, full) || !shape_one(font, buf.get(), *p, lang, true, half))
        continue;
      if (full.gid != half.gid || half.advance >= full.advance) continue;  // no halt for it
      float left = static_cast<float>(-half.x_offset) / upem;
      float right = static_cast<float>(full.advance - half.advance) / upem - left;
      table.push_back(PunctTrim{full.gid, std::max(0.f, left), std::max(0.f, right)});
    }
  }
  std::sort(table.begin(), table.end(), [](const PunctTrim& a, const PunctTrim& b) { return a.gid < b.gid; });
  table.erase(std::unique(table.begin(), table.end(), [](const PunctTrim& a, const PunctTrim& b) { return a.gid == b.gid; }),
              table.end());
  return table;
}

const PunctTrim* find_trim(const HaltTable& table, uint32_t gid) {
  auto it = std::lower_bound(table.begin(), table.end(), gid, [](const PunctTrim& t, uint32_t g) { return t.gid < g; });
  return it != table.end() && it->gid == gid ? &*it : nullptr;
}

}  // namespace paiban::text
