#include "export/pdf/font_subset.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

#include "export/pdf/cff_charset.h"
#include "export/pdf/cff_subset.h"
#include "model/error.h"

namespace paiban::export_pdf {

namespace {

template <class T, void (*destroy)(T*)>
struct HbDeleter {
  void operator()(T* p) const { destroy(p); }
};
using Blob = std::unique_ptr<hb_blob_t, HbDeleter<hb_blob_t, hb_blob_destroy>>;
using Face = std::unique_ptr<hb_face_t, HbDeleter<hb_face_t, hb_face_destroy>>;
using Font = std::unique_ptr<hb_font_t, HbDeleter<hb_font_t, hb_font_destroy>>;
using SubsetInput = std::unique_ptr<hb_subset_input_t, HbDeleter<hb_subset_input_t, hb_subset_input_destroy>>;
using SubsetPlan = std::unique_ptr<hb_subset_plan_t, HbDeleter<hb_subset_plan_t, hb_subset_plan_destroy>>;

std::string blob_bytes(hb_blob_t* blob) {
  unsigned len = 0;
  const char* data = hb_blob_get_data(blob, &len);
  return std::string(data ? data : "", data ? len : 0);
}

Face open_face(const text::FaceInfo& info) {
  if (info.face) return Face(hb_face_reference(info.face.get()));
  Blob blob(hb_blob_create_from_file_or_fail(info.path.c_str()));
  if (!blob) throw Error(ExitCode::data, "cannot read font file " + info.path);
  Face face(hb_face_create(blob.get(), info.index));
  if (hb_face_get_glyph_count(face.get()) == 0)
    throw Error(ExitCode::data, "font file " + info.path + " has no face " + std::to_string(info.index) +
                                    " with glyphs");
  return face;
}

// The tables a PDF needs from the subset (PDF 32000 9.9): the outlines and
// what locates and measures them. Everything else is dropped, which also keeps
// hb-subset from pulling in every glyph reachable through GSUB.
bool needed_table(hb_tag_t tag, bool cff) {
  static const hb_tag_t truetype[] = {HB_TAG('g', 'l', 'y', 'f'), HB_TAG('l', 'o', 'c', 'a'),
                                      HB_TAG('h', 'e', 'a', 'd'), HB_TAG('h', 'h', 'e', 'a'),
                                      HB_TAG('h', 'm', 't', 'x'), HB_TAG('m', 'a', 'x', 'p')};
  if (cff) return tag == HB_TAG('C', 'F', 'F', ' ');
  return std::find(std::begin(truetype), std::end(truetype), tag) != std::end(truetype);
}

// The face hb-subset plans from: only the tables a PDF needs, plus head and
// maxp (units per em, glyph count). hb-subset 6.0 plans from the source face,
// not from the output: with a cmap present it collects Noto's whole cmap into
// a hash map (and closes over its variation sequences) to pair codepoints with
// the requested glyphs, which is half the cost of subsetting a CJK face and
// useless to a PDF, whose CIDFonts are addressed by glyph id. Dropping the
// table from the output does not skip that; hiding it from the plan does.
// hb-subset probes a face made from tables for every table it knows.
struct PdfTables {
  hb_face_t* source;  // referenced
  bool cff;
};

hb_blob_t* pdf_table(hb_face_t*, hb_tag_t tag, void* user_data) {
  const auto* tables = static_cast<const PdfTables*>(user_data);
  if (needed_table(tag, tables->cff) || tag == HB_TAG('h', 'e', 'a', 'd') || tag == HB_TAG('m', 'a', 'x', 'p'))
    return hb_face_reference_table(tables->source, tag);
  return nullptr;  // read as an empty table
}

void destroy_pdf_tables(void* user_data) {
  auto* tables = static_cast<PdfTables*>(user_data);
  hb_face_destroy(tables->source);
  delete tables;
}

Face pdf_view(hb_face_t* face, bool cff) {
  Face view(hb_face_create_for_tables(pdf_table, new PdfTables{hb_face_reference(face), cff}, destroy_pdf_tables));
  hb_face_make_immutable(view.get());
  return view;
}

SubsetInput make_input(hb_face_t* face, const std::set<uint32_t>& gids, bool cff) {
  SubsetInput input(hb_subset_input_create_or_fail());
  if (!input) throw Error(ExitCode::internal, "hb-subset: out of memory");
  hb_set_t* glyphs = hb_subset_input_glyph_set(input.get());
  hb_set_add(glyphs, 0);
  for (uint32_t g : gids) hb_set_add(glyphs, g);
  hb_set_t* drop = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
  hb_set_clear(drop);
  hb_tag_t tags[64];
  for (unsigned offset = 0;;) {
    unsigned count = 64;
    hb_face_get_table_tags(face, offset, &count, tags);
    for (unsigned i = 0; i < count; ++i)
      if (!needed_table(tags[i], cff)) hb_set_add(drop, tags[i]);
    if (count < 64) break;
    offset += count;
  }
  hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING | (cff ? HB_SUBSET_FLAGS_DESUBROUTINIZE : 0));
  return input;
}

FontDescriptorMetrics read_metrics(hb_face_t* face, hb_font_t* font, double to1000) {
  FontDescriptorMetrics m;
  Blob head(hb_face_reference_table(face, HB_TAG('h', 'e', 'a', 'd')));
  std::string h = blob_bytes(head.get());
  if (h.size() >= 54) {
    auto s16 = [&](std::size_t at) {
      return static_cast<int16_t>(static_cast<uint8_t>(h[at]) << 8 | static_cast<uint8_t>(h[at + 1]));
    };
    for (int i = 0; i < 4; ++i) m.bbox[i] = std::round(s16(36 + 2 * i) * to1000);
  }
  hb_position_t v = 0;
  if (hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &v)) m.ascent = std::round(v * to1000);
  if (hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &v)) m.descent = std::round(v * to1000);
  if (hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_CAP_HEIGHT, &v)) m.cap_height = std::round(v * to1000);
  if (m.cap_height == 0) m.cap_height = m.ascent;
  return m;
}

// Deterministic six-letter subset tag from the glyph set (PDF 32000 9.6.4).
std::string subset_tag(const std::set<uint32_t>& gids, const std::string& name) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&](uint64_t v) { h = (h ^ v) * 1099511628211ull; };
  for (char c : name) mix(static_cast<unsigned char>(c));
  for (uint32_t g : gids) mix(g);
  std::string tag;
  for (int i = 0; i < 6; ++i, h /= 26) tag += static_cast<char>('A' + h % 26);
  return tag;
}

std::string postscript_name(const text::FaceInfo& info) {
  std::string source = info.postscript_name.empty() ? info.family : info.postscript_name;
  std::string name;
  for (char c : source)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') name += c;
  return name.empty() ? "Font" : name;
}

// Open, with every used glyph checked to be in it.
Face open_face_for(const text::FaceInfo& info, const std::set<uint32_t>& gids) {
  Face face = open_face(info);
  unsigned glyph_count = hb_face_get_glyph_count(face.get());
  for (uint32_t g : gids)
    if (g >= glyph_count)
      throw Error(ExitCode::internal, "glyph " + std::to_string(g) + " is not in font " + info.path);
  return face;
}

std::vector<uint32_t> with_notdef(const std::set<uint32_t>& gids) {
  std::vector<uint32_t> kept{0};
  for (uint32_t g : gids)
    if (g != 0) kept.push_back(g);
  return kept;
}

std::string_view blob_view(hb_blob_t* blob) {
  unsigned length = 0;
  const char* data = hb_blob_get_data(blob, &length);
  return std::string_view(data ? data : "", data ? length : 0);
}

// The subset's program and the new glyph id of each used glyph, from
// hb-subset: TrueType faces, name-keyed CFF and any CFF our subsetter declines.
struct HbProgram {
  std::string bytes;
  std::map<uint32_t, uint32_t> new_gid;  // by original glyph id
};

HbProgram hb_subset_program(hb_face_t* face, const text::FaceInfo& info, const std::set<uint32_t>& gids) {
  SubsetInput input = make_input(face, gids, info.cff);
  Face view = pdf_view(face, info.cff);
  SubsetPlan plan(hb_subset_plan_create_or_fail(view.get(), input.get()));
  if (!plan) throw Error(ExitCode::internal, "hb-subset cannot plan a subset of " + info.path);
  Face subset(hb_subset_plan_execute_or_fail(plan.get()));
  if (!subset) throw Error(ExitCode::internal, "hb-subset failed on " + info.path);
  Blob bytes(info.cff ? hb_face_reference_table(subset.get(), HB_TAG('C', 'F', 'F', ' '))
                      : hb_face_reference_blob(subset.get()));
  HbProgram program{blob_bytes(bytes.get()), {}};
  if (program.bytes.empty()) throw Error(ExitCode::internal, "hb-subset gave an empty font for " + info.path);
  const hb_map_t* old_to_new = hb_subset_plan_old_to_new_glyph_mapping(plan.get());
  for (uint32_t g : gids) {
    hb_codepoint_t new_gid = hb_map_get(old_to_new, g);
    if (new_gid == HB_MAP_VALUE_INVALID) throw Error(ExitCode::internal, "hb-subset dropped a used glyph");
    program.new_gid.emplace(g, new_gid);
  }
  return program;
}

// Name, descriptor metrics, and each glyph's CID and width.
template <class CidOf>
EmbeddedFont describe(hb_face_t* face, const text::FaceInfo& info, const std::set<uint32_t>& gids, CidOf cid_of) {
  EmbeddedFont out;
  out.cff = info.cff;
  out.base_name = subset_tag(gids, postscript_name(info)) + "+" + postscript_name(info);
  Font font(hb_font_create(face));
  unsigned upem = hb_face_get_upem(face);
  hb_font_set_scale(font.get(), static_cast<int>(upem), static_cast<int>(upem));
  double to1000 = 1000.0 / upem;
  out.metrics = read_metrics(face, font.get(), to1000);
  for (uint32_t g : gids) {
    double width = std::round(hb_font_get_glyph_h_advance(font.get(), g) * to1000 * 100) / 100;
    out.glyphs[g] = SubsetGlyph{cid_of(g), width};
  }
  return out;
}

// The two halves of a CID-keyed face's subset, on an open face.
std::optional<EmbeddedFont> describe_cid_keyed(hb_face_t* face, const text::FaceInfo& info,
                                               const std::set<uint32_t>& gids) {
  if (!info.cff) return std::nullopt;
  Blob table(hb_face_reference_table(face, HB_TAG('C', 'F', 'F', ' ')));
  std::vector<uint32_t> kept = with_notdef(gids);
  std::optional<std::vector<uint16_t>> cids = cids_of(blob_view(table.get()), kept);
  if (!cids) return std::nullopt;
  std::map<uint32_t, uint16_t> cid;
  for (std::size_t i = 0; i < kept.size(); ++i) cid.emplace(kept[i], (*cids)[i]);
  return describe(face, info, gids, [&](uint32_t g) { return cid.at(g); });
}

std::string cid_keyed_program(hb_face_t* face, const text::FaceInfo& info, const std::set<uint32_t>& gids,
                              const FlattenedCharstrings* flattened) {
  Blob table(hb_face_reference_table(face, HB_TAG('C', 'F', 'F', ' ')));
  if (std::optional<std::string> own = subset_cid_cff(blob_view(table.get()), with_notdef(gids), flattened))
    return *own;
  return hb_subset_program(face, info, gids).bytes;  // its charset keeps the CIDs too
}

}  // namespace

std::optional<EmbeddedFont> describe_cid_keyed_face(const text::FaceInfo& info, const std::set<uint32_t>& gids) {
  if (!info.cff) return std::nullopt;
  return describe_cid_keyed(open_face_for(info, gids).get(), info, gids);
}

bool is_cid_keyed_face(const text::FaceInfo& info) {
  if (!info.cff) return false;
  Face face = open_face(info);
  Blob table(hb_face_reference_table(face.get(), HB_TAG('C', 'F', 'F', ' ')));
  return cids_of(blob_view(table.get()), {0}).has_value();
}

std::string cid_keyed_program(const text::FaceInfo& info, const std::set<uint32_t>& gids,
                              const FlattenedCharstrings* flattened) {
  return cid_keyed_program(open_face_for(info, gids).get(), info, gids, flattened);
}

std::optional<FlattenedCharstrings> flatten_cid_keyed_glyphs(const text::FaceInfo& info,
                                                             const std::vector<uint32_t>& gids,
                                                             const FlattenedCharstrings* known) {
  if (!info.cff) return std::nullopt;
  Face face = open_face(info);
  Blob table(hb_face_reference_table(face.get(), HB_TAG('C', 'F', 'F', ' ')));
  std::set<uint32_t> unique(gids.begin(), gids.end());
  return flatten_cid_charstrings(blob_view(table.get()), with_notdef(unique), known);
}

EmbeddedFont subset_face(const text::FaceInfo& info, const std::set<uint32_t>& gids) {
  Face face = open_face_for(info, gids);
  if (std::optional<EmbeddedFont> font = describe_cid_keyed(face.get(), info, gids)) {
    font->program = cid_keyed_program(face.get(), info, gids, nullptr);
    return std::move(*font);
  }
  HbProgram program = hb_subset_program(face.get(), info, gids);
  std::optional<CffCharset> charset;
  if (info.cff) {
    charset = read_cff_charset(program.bytes);
    if (!charset) throw Error(ExitCode::internal, "subset of " + info.path + " has no readable CFF table");
  }
  EmbeddedFont out = describe(face.get(), info, gids, [&](uint32_t g) -> uint16_t {
    uint32_t new_gid = program.new_gid.at(g);
    if (!charset || !charset->cid_keyed) return static_cast<uint16_t>(new_gid);
    if (new_gid >= charset->gid_to_cid.size()) throw Error(ExitCode::internal, "CFF charset too short");
    return charset->gid_to_cid[new_gid];
  });
  out.program = std::move(program.bytes);
  return out;
}

}  // namespace paiban::export_pdf
