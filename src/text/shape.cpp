#include "text/shape.h"

#include <unicode/uchar.h>

#include <cstdio>

#include "text/catalog_impl.h"
#include "text/utf8.h"

namespace paiban::text {
namespace {

// Synthetic bold stroke, as a fraction of the font size.
constexpr float kFauxBoldStroke = 0.03f;
constexpr FaceId kNoFace = -1;

struct SpanFonts {
  std::vector<FaceId> chain;
  FaceId latin = 0;
};

// One code point of the paragraph and the face chosen for it.
struct Slot {
  uint32_t byte = 0, length = 0;
  char32_t cp = 0;
  int span = 0;
  FaceId face = kNoFace;   // kNoFace: not shaped (controls, line separators)
  hb_script_t script = HB_SCRIPT_COMMON;
  bool missing = false;
};

bool is_line_separator(char32_t c) { return c == U'\n' || c == 0x2028 || c == 0x2029; }

bool unshaped(char32_t c) { return c < 0x20 || c == 0x7F || is_line_separator(c); }

bool covers(const FontCatalog::Impl& cat, FaceId face, char32_t c) {
  hb_codepoint_t gid = 0;
  return hb_font_get_nominal_glyph(cat.font(face), c, &gid);
}

// Latin letters and digits go to the Latin face first; everything else to
// the role's chain; a character no face has stays with the primary face.
FaceId pick_face(const FontCatalog::Impl& cat, const SpanFonts& fonts, char32_t c, bool& missing) {
  missing = false;
  if (wants_latin_font(c) && covers(cat, fonts.latin, c)) return fonts.latin;
  for (FaceId face : fonts.chain)
    if (covers(cat, face, c)) return face;
  if (covers(cat, fonts.latin, c)) return fonts.latin;
  missing = true;
  return fonts.chain.front();
}

// Characters no font has, reported once each with where they first occur and
// how often, the first few per paragraph by name: a paragraph of garbage
// (mis-decoded text) would otherwise print a warning per character.
class MissingGlyphs {
 public:
  void add(const Slot& s) {
    for (Missing& m : seen_)
      if (m.cp == s.cp) {
        ++m.count;
        return;
      }
    seen_.push_back({s.cp, s.byte, 1});
  }
  void report(std::vector<std::string>& warnings) const {
    constexpr std::size_t kNamed = 8;
    char buf[160];
    for (std::size_t i = 0; i < seen_.size() && i < kNamed; ++i) {
      const Missing& m = seen_[i];
      std::snprintf(buf, sizeof buf, "U+%04X at byte %u has no glyph in any font; set as .notdef", m.cp, m.byte);
      std::string w = buf;
      if (m.count > 1) w += " (" + std::to_string(m.count) + " times in this paragraph)";
      warnings.push_back(std::move(w));
    }
    if (seen_.size() > kNamed)
      warnings.push_back(std::to_string(seen_.size() - kNamed) + " more distinct characters of this paragraph have no glyph in any font");
  }

 private:
  struct Missing {
    unsigned cp, byte, count;
  };
  std::vector<Missing> seen_;
};

std::vector<Slot> itemise(const FontCatalog::Impl& cat, const std::vector<SpanFonts>& fonts,
                          const std::vector<uint32_t>& span_ends, const std::string& text,
                          std::vector<std::string>& warnings) {
  std::vector<Slot> slots;
  slots.reserve(text.size() / 2);
  hb_unicode_funcs_t* ufuncs = hb_unicode_funcs_get_default();
  MissingGlyphs missing;
  int span = 0;
  for (size_t i = 0; i < text.size();) {
    while (i >= span_ends[static_cast<size_t>(span)]) ++span;
    Decoded d = decode_utf8(text, i);
    Slot s{static_cast<uint32_t>(i), d.length, d.cp, span};
    s.script = hb_unicode_script(ufuncs, d.cp);
    bool ignorable = u_hasBinaryProperty(static_cast<UChar32>(d.cp), UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
    if (unshaped(d.cp)) {
      s.face = kNoFace;
    } else if (ignorable && !slots.empty() && slots.back().face != kNoFace && slots.back().span == span) {
      s.face = slots.back().face;  // joiners and selectors ride with their base
    } else {
      s.face = pick_face(cat, fonts[static_cast<size_t>(span)], d.cp, s.missing);
      if (s.missing) missing.add(s);
    }
    slots.push_back(s);
    i += d.length;
  }
  missing.report(warnings);
  // Common and inherited characters take the script of their neighbours.
  hb_script_t current = HB_SCRIPT_COMMON;
  for (auto& s : slots) {
    if (s.script == HB_SCRIPT_COMMON || s.script == HB_SCRIPT_INHERITED || s.script == HB_SCRIPT_UNKNOWN)
      s.script = current;
    else
      current = s.script;
  }
  for (auto it = slots.rbegin(); it != slots.rend(); ++it) {
    if (it->script == HB_SCRIPT_COMMON) it->script = current;
    else current = it->script;
  }
  return slots;
}

struct ShapePlanDeleter {
  void operator()(hb_shape_plan_t* p) const { hb_shape_plan_destroy(p); }
};

// Looking a cached plan up costs more than shaping a short item, so each
// paragraph keeps the plans of its (face, script) pairs.
class PlanCache {
 public:
  hb_shape_plan_t* get(hb_face_t* face, const hb_segment_properties_t& props) {
    for (auto& e : entries_)
      if (e.face == face && hb_segment_properties_equal(&e.props, &props)) return e.plan.get();
    entries_.push_back(Entry{face, props, Plan(hb_shape_plan_create_cached(face, &props, nullptr, 0, nullptr))});
    return entries_.back().plan.get();
  }

 private:
  using Plan = std::unique_ptr<hb_shape_plan_t, ShapePlanDeleter>;
  struct Entry {
    hb_face_t* face;
    hb_segment_properties_t props;
    Plan plan;
  };
  std::vector<Entry> entries_;
};

struct ShapeContext {
  const FontCatalog::Impl& cat;
  const ParagraphSpec& spec;
  hb_buffer_t* buffer;
  hb_language_t language;
  Prepared& out;
  PlanCache plans;
};

void add_cluster(Prepared& out, uint32_t start, uint32_t glyph_begin, float em) {
  Cluster c;
  c.start = start;
  c.glyph_begin = c.glyph_end = glyph_begin;
  c.em = em;
  out.clusters.push_back(c);
}

// Shapes slots [first, last) that share a face, span and script.
void shape_item(ShapeContext& ctx, const std::vector<Slot>& slots, size_t first, size_t last) {
  const Slot& s = slots[first];
  const TextStyle& style = ctx.spec.spans[static_cast<size_t>(s.span)].style;
  const float size = static_cast<float>(style.size);
  if (s.face == kNoFace) {
    for (size_t k = first; k < last; ++k) add_cluster(ctx.out, slots[k].byte, static_cast<uint32_t>(ctx.out.glyphs.size()), size);
    return;
  }
  hb_font_t* font = ctx.cat.font(s.face);
  const FaceInfo& info = ctx.cat.info(s.face);
  const float scale = size / static_cast<float>(info.units_per_em);
  const float embolden = style.bold && !info.bold ? size * kFauxBoldStroke : 0.f;
  hb_buffer_t* buf = ctx.buffer;
  hb_buffer_clear_contents(buf);
  uint32_t begin = s.byte, end = slots[last - 1].byte + slots[last - 1].length;
  hb_buffer_add_utf8(buf, ctx.out.text.data(), static_cast<int>(ctx.out.text.size()), begin, static_cast<int>(end - begin));
  hb_buffer_set_direction(buf, HB_DIRECTION_LTR);
  hb_buffer_set_script(buf, s.script);
  hb_buffer_set_language(buf, ctx.language);
  hb_segment_properties_t props;
  hb_buffer_get_segment_properties(buf, &props);
  hb_shape_plan_execute(ctx.plans.get(hb_font_get_face(font), props), font, buf, nullptr, 0);
  unsigned n = 0;
  const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buf, &n);
  const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, nullptr);
  // The fonts' own advances of the whole item in one call, not one call per glyph.
  thread_local std::vector<hb_position_t> font_advances;
  font_advances.resize(n);
  if (n > 0)
    hb_font_get_glyph_h_advances(font, n, &infos[0].codepoint, sizeof(hb_glyph_info_t), font_advances.data(),
                                 sizeof(hb_position_t));
  for (unsigned g = 0; g < n; ++g) {
    if (ctx.out.clusters.empty() || ctx.out.clusters.back().start != infos[g].cluster || g == 0)
      add_cluster(ctx.out, infos[g].cluster, static_cast<uint32_t>(ctx.out.glyphs.size()), size);
    ShapedGlyph glyph;
    glyph.gid = infos[g].codepoint;
    glyph.cluster = infos[g].cluster;
    glyph.advance = static_cast<float>(pos[g].x_advance) * scale;
    glyph.font_advance = static_cast<float>(font_advances[g]) * scale;
    glyph.x_offset = static_cast<float>(pos[g].x_offset) * scale;
    glyph.y_offset = static_cast<float>(pos[g].y_offset) * scale;
    glyph.face = s.face;
    glyph.size = size;
    glyph.embolden = embolden;
    ctx.out.glyphs.push_back(glyph);
    ctx.out.clusters.back().glyph_end = static_cast<uint32_t>(ctx.out.glyphs.size());
  }
}

// Byte ranges, glyph widths and the classes of each cluster's characters.
void finish_clusters(Prepared& out, bool hant) {
  for (size_t i = 0; i < out.clusters.size(); ++i) {
    Cluster& c = out.clusters[i];
    c.end = i + 1 < out.clusters.size() ? out.clusters[i + 1].start : static_cast<uint32_t>(out.text.size());
    c.first = decode_utf8(out.text, c.start).cp;
    for (size_t b = c.start; b < c.end;) {
      Decoded d = decode_utf8(out.text, b);
      c.last = d.cp;
      b += d.length;
    }
    c.cls = char_class(c.first, hant);
    c.forced_break = is_line_separator(c.last);
    for (uint32_t g = c.glyph_begin; g < c.glyph_end; ++g) c.width += out.glyphs[g].advance;
  }
}

}  // namespace

bool is_traditional(const std::string& language) {
  return language.rfind("zh-Hant", 0) == 0 || language == "zh-TW" || language == "zh-HK" || language == "zh-MO";
}

void shape_paragraph(const FontCatalog& fonts, const ParagraphSpec& spec, Direction, Prepared& out) {
  const FontCatalog::Impl& cat = fonts.impl();
  std::vector<SpanFonts> span_fonts;
  std::vector<uint32_t> span_ends;
  for (const Span& span : spec.spans) {
    out.text += span.text;
    span_ends.push_back(static_cast<uint32_t>(out.text.size()));
    span_fonts.push_back(SpanFonts{fonts.chain(span.style.role, span.style.bold),
                                   fonts.latin_face(span.style.role, span.style.bold)});
  }
  std::vector<Slot> slots = itemise(cat, span_fonts, span_ends, out.text, out.warnings);
  // One buffer per thread: its arrays, grown to the longest item so far, are
  // not allocated again for every paragraph.
  thread_local HbBuffer buffer(hb_buffer_create());
  ShapeContext ctx{cat, spec, buffer.get(), hb_language_from_string(spec.language.c_str(), -1), out, {}};
  out.glyphs.reserve(out.text.size() / 2);
  out.clusters.reserve(out.text.size() / 2);
  for (size_t first = 0; first < slots.size();) {
    size_t last = first + 1;
    while (last < slots.size() && slots[last].face == slots[first].face && slots[last].span == slots[first].span &&
           slots[last].script == slots[first].script && slots[first].face != kNoFace)
      ++last;
    shape_item(ctx, slots, first, last);
    first = last;
  }
  finish_clusters(out, is_traditional(spec.language));
}

void prepare_shaping(const FontCatalog& fonts, const TextStyle& style, const std::string& language) {
  if (!fonts.has_role(style.role)) return;
  hb_segment_properties_t props = HB_SEGMENT_PROPERTIES_DEFAULT;
  props.direction = HB_DIRECTION_LTR;
  props.script = HB_SCRIPT_HAN;
  props.language = hb_language_from_string(language.c_str(), -1);
  hb_face_t* face = hb_font_get_face(fonts.impl().font(fonts.chain(style.role, style.bold).front()));
  hb_shape_plan_destroy(hb_shape_plan_create_cached(face, &props, nullptr, 0, nullptr));
}

}  // namespace paiban::text
