#include "export/pdf/hpdf_builder.h"

#include <cmath>
#include <ctime>
#include <map>
#include <new>
#include <string>

#include <hpdf.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include "export/pdf/to_unicode.h"
#include "model/error.h"

// The internals used below (object structs, page attributes, the document
// record) are only known to match libharu 2.3.0 (Debian 12).
static_assert(HPDF_MAJOR_VERSION == 2 && HPDF_MINOR_VERSION == 3, "hpdf_builder.cpp is written for libharu 2.3");

namespace paiban::export_pdf {

namespace {

struct ErrorState {
  HPDF_STATUS code = HPDF_OK;
  HPDF_STATUS detail = 0;
};

// Every stream of ours arrives deflated (flate.h) and is handed to libharu
// unfiltered, so that libharu's own zlib pass never runs on it. libharu removes
// /Filter from streams it does not filter itself, so the dict's write hook
// writes the entry.
HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) {
  return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

// libharu calls this from C: it must not throw. It records the first error;
// HpdfBuilder::Impl::check turns it into an exception after the call returns.
void record_error(HPDF_STATUS code, HPDF_STATUS detail, void* user) {
  auto* state = static_cast<ErrorState*>(user);
  if (state->code == HPDF_OK) {
    state->code = code;
    state->detail = detail;
  }
}

// The document as libharu's writer hands it over, piece by piece: appended
// to one string instead of going through libharu's memory stream (4 KB
// blocks) and being read back out of it, which cost a copy and 2.4 M
// instructions for the example article (3 % of a render). libharu calls
// this from C: it must not throw.
struct SaveTarget {
  std::string bytes;
  bool out_of_memory = false;
};
HPDF_STATUS append_to_target(HPDF_Stream stream, const HPDF_BYTE* data, HPDF_UINT size) {
  auto* target = static_cast<SaveTarget*>(stream->attr);
  try {
    target->bytes.append(reinterpret_cast<const char*>(data), size);
  } catch (const std::bad_alloc&) {
    target->out_of_memory = true;
    return HPDF_FAILD_TO_ALLOC_MEM;
  }
  return HPDF_OK;
}

struct DocDeleter {
  void operator()(HPDF_Doc doc) const { HPDF_Free(doc); }
};

std::string hex(unsigned v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "0x%04X", v);
  return buf;
}

}  // namespace

std::string linked_libharu_version() { return HPDF_GetVersion(); }

struct HpdfBuilder::Impl {
  ErrorState error;  // declared before doc: the handler writes here until HPDF_Free
  std::unique_ptr<HPDF_Doc_Rec, DocDeleter> doc;
  std::vector<void*> objects;  // indirect objects, owned by the document's xref
  std::vector<HPDF_Page> pages;
  std::map<int, HPDF_Dict> programs_to_come;  // font file streams by font handle
  std::size_t stream_bytes = 0;  // of all streams, to size the saved document

  void check(const char* what) {
    if (error.code != HPDF_OK)
      throw Error(ExitCode::internal, std::string("libharu error ") + hex(error.code) + " (detail " +
                                          std::to_string(error.detail) + ") while " + what);
  }
  template <class T>
  T must(T object, const char* what) {
    check(what);
    if (!object) throw Error(ExitCode::internal, std::string("libharu returned nothing while ") + what);
    return object;
  }
  void ok(HPDF_STATUS status, const char* what) {
    check(what);
    if (status != HPDF_OK) throw Error(ExitCode::internal, std::string("libharu error ") + hex(status) + " while " + what);
  }

  HPDF_MMgr mmgr() { return doc->mmgr; }

  HPDF_Dict indirect_dict(const char* what) {
    HPDF_Dict dict = must(HPDF_Dict_New(mmgr()), what);
    ok(HPDF_Xref_Add(doc->xref, dict), what);  // frees dict on failure
    return dict;
  }
  // Fills a stream dict libharu made (a page's contents) or a new one.
  void write_deflated(HPDF_Dict dict, const Deflated& data, const char* what) {
    dict->filter = HPDF_STREAM_FILTER_NONE;
    dict->write_fn = write_flate_filter;
    stream_bytes += data.bytes.size();
    ok(HPDF_Stream_Write(dict->stream, reinterpret_cast<const HPDF_BYTE*>(data.bytes.data()),
                         static_cast<HPDF_UINT>(data.bytes.size())),
       what);
  }
  HPDF_Dict deflated_stream(const Deflated& data, const char* what) {
    HPDF_Dict dict = must(HPDF_DictStream_New(mmgr(), doc->xref), what);
    write_deflated(dict, data, what);
    return dict;
  }
  void add(HPDF_Dict dict, const char* key, void* value, const char* what) {
    ok(HPDF_Dict_Add(dict, key, must(value, what)), what);
  }
  void name(HPDF_Dict dict, const char* key, const std::string& value) {
    ok(HPDF_Dict_AddName(dict, key, value.c_str()), key);
  }
  void real(HPDF_Dict dict, const char* key, double value) {
    ok(HPDF_Dict_AddReal(dict, key, static_cast<HPDF_REAL>(value)), key);
  }
  HPDF_Array reals(std::initializer_list<double> values, const char* what) {
    HPDF_Array array = must(HPDF_Array_New(mmgr()), what);
    for (double v : values) ok(HPDF_Array_AddReal(array, static_cast<HPDF_REAL>(v)), what);
    return array;
  }
  // A text string: UTF-16BE with a byte order mark, written as hex.
  HPDF_Binary text(const std::string& utf8, const char* what) {
    std::string bytes = "\xFE\xFF" + utf8_to_utf16be(utf8);
    return must(HPDF_Binary_New(mmgr(), reinterpret_cast<HPDF_BYTE*>(bytes.data()),
                                static_cast<HPDF_UINT>(bytes.size())),
                what);
  }
  HPDF_Dict resource_dict(const std::vector<ResourceEntry>& entries, const char* what) {
    HPDF_Dict dict = must(HPDF_Dict_New(mmgr()), what);
    for (const ResourceEntry& e : entries) add(dict, e.name.c_str(), object(e.object), what);
    return dict;
  }
  void* object(ObjectHandle h) {
    if (h.id < 0 || static_cast<std::size_t>(h.id) >= objects.size())
      throw Error(ExitCode::internal, "PDF export: unknown object handle");
    return objects[h.id];
  }
  ObjectHandle keep(void* object) {
    objects.push_back(object);
    return ObjectHandle{static_cast<int>(objects.size() - 1)};
  }

  HPDF_Array widths(const EmbeddedFont& font, double default_width);
  // `program` null: the font file stream is made empty, to be written later.
  HPDF_Dict descriptor(const EmbeddedFont& font, const Deflated* program, HPDF_Dict& file);
};

HpdfBuilder::HpdfBuilder() : impl_(std::make_unique<Impl>()) {
  std::string version = HPDF_GetVersion();
  if (version.rfind("2.3.", 0) != 0)
    throw Error(ExitCode::internal, "PDF export needs libharu 2.3.x, found " + version);
  impl_->doc.reset(HPDF_New(record_error, &impl_->error));
  impl_->must(impl_->doc.get(), "creating the document");
  // Our streams arrive deflated (write_deflated); this is for the pixels libharu decodes from PNG files.
  impl_->ok(HPDF_SetCompressionMode(impl_->doc.get(), HPDF_COMP_ALL), "setting compression");
}

HpdfBuilder::~HpdfBuilder() = default;

// /W as `first [w w w]` groups of consecutive CIDs, leaving out the most common
// width, which becomes /DW.
HPDF_Array HpdfBuilder::Impl::widths(const EmbeddedFont& font, double default_width) {
  std::map<uint16_t, double> by_cid;
  for (const auto& [gid, g] : font.glyphs) by_cid.emplace(g.cid, g.width);
  HPDF_Array w = must(HPDF_Array_New(mmgr()), "building /W");
  HPDF_Array group = nullptr;
  int previous = -2;
  for (const auto& [cid, width] : by_cid) {
    if (width == default_width) {
      previous = -2;
      continue;
    }
    if (cid != previous + 1) {
      ok(HPDF_Array_AddNumber(w, cid), "building /W");
      group = must(HPDF_Array_New(mmgr()), "building /W");
      ok(HPDF_Array_Add(w, group), "building /W");
    }
    ok(HPDF_Array_AddReal(group, static_cast<HPDF_REAL>(width)), "building /W");
    previous = cid;
  }
  return w;
}

HPDF_Dict HpdfBuilder::Impl::descriptor(const EmbeddedFont& font, const Deflated* program, HPDF_Dict& file) {
  const char* what = "building a font descriptor";
  HPDF_Dict fd = indirect_dict(what);
  name(fd, "Type", "FontDescriptor");
  name(fd, "FontName", font.base_name);
  ok(HPDF_Dict_AddNumber(fd, "Flags", font.metrics.flags), what);
  const double* b = font.metrics.bbox;
  add(fd, "FontBBox", reals({b[0], b[1], b[2], b[3]}, what), what);
  real(fd, "ItalicAngle", 0);
  real(fd, "Ascent", font.metrics.ascent);
  real(fd, "Descent", font.metrics.descent);
  real(fd, "CapHeight", font.metrics.cap_height);
  real(fd, "StemV", font.metrics.stem_v);
  file = must(HPDF_DictStream_New(mmgr(), doc->xref), what);
  if (program) write_deflated(file, *program, "embedding a font program");
  if (font.cff) {
    name(file, "Subtype", "CIDFontType0C");
    add(fd, "FontFile3", file, what);
  } else {
    ok(HPDF_Dict_AddNumber(file, "Length1", static_cast<HPDF_INT32>(font.program.size())), what);
    add(fd, "FontFile2", file, what);
  }
  return fd;
}

ObjectHandle HpdfBuilder::add_font(const EmbeddedFont& font, const Deflated* program, const Deflated& to_unicode_cmap) {
  Impl& m = *impl_;
  const char* what = "building a font";
  // poppler reads /DW only when it is an integer: pick the most common whole width.
  std::map<double, int> width_counts;
  for (const auto& [gid, g] : font.glyphs)
    if (g.width == std::round(g.width)) ++width_counts[g.width];
  double default_width = 1000;
  int best = 0;
  for (const auto& [w, n] : width_counts)
    if (n > best) best = n, default_width = w;

  HPDF_Dict cid = m.indirect_dict(what);
  m.name(cid, "Type", "Font");
  m.name(cid, "Subtype", font.cff ? "CIDFontType0" : "CIDFontType2");
  m.name(cid, "BaseFont", font.base_name);
  HPDF_Dict system = m.must(HPDF_Dict_New(m.mmgr()), what);
  m.add(system, "Registry", HPDF_String_New(m.mmgr(), "Adobe", nullptr), what);
  m.add(system, "Ordering", HPDF_String_New(m.mmgr(), "Identity", nullptr), what);
  m.ok(HPDF_Dict_AddNumber(system, "Supplement", 0), what);
  m.add(cid, "CIDSystemInfo", system, what);
  HPDF_Dict file = nullptr;
  m.add(cid, "FontDescriptor", m.descriptor(font, program, file), what);
  m.ok(HPDF_Dict_AddNumber(cid, "DW", static_cast<HPDF_INT32>(default_width)), what);
  m.add(cid, "W", m.widths(font, default_width), what);
  if (!font.cff) m.name(cid, "CIDToGIDMap", "Identity");

  HPDF_Dict type0 = m.indirect_dict(what);
  m.name(type0, "Type", "Font");
  m.name(type0, "Subtype", "Type0");
  m.name(type0, "BaseFont", font.cff ? font.base_name + "-Identity-H" : font.base_name);
  m.name(type0, "Encoding", "Identity-H");
  HPDF_Array descendants = m.must(HPDF_Array_New(m.mmgr()), what);
  m.ok(HPDF_Array_Add(descendants, cid), what);
  m.add(type0, "DescendantFonts", descendants, what);
  m.add(type0, "ToUnicode", m.deflated_stream(to_unicode_cmap, "writing a ToUnicode map"), what);
  ObjectHandle handle = m.keep(type0);
  if (!program) m.programs_to_come.emplace(handle.id, file);
  return handle;
}

void HpdfBuilder::set_font_program(ObjectHandle font, const Deflated& program) {
  Impl& m = *impl_;
  auto it = m.programs_to_come.find(font.id);
  if (it == m.programs_to_come.end())
    throw Error(ExitCode::internal, "PDF export: no font program is awaited for this font");
  m.write_deflated(it->second, program, "embedding a font program");
  m.programs_to_come.erase(it);
}

ObjectHandle HpdfBuilder::add_form(const Rect& bbox, const Deflated& content,
                                   const std::vector<ResourceEntry>& fonts,
                                   const std::vector<ResourceEntry>& xobjects) {
  Impl& m = *impl_;
  const char* what = "building a form XObject";
  HPDF_Dict form = m.deflated_stream(content, what);
  m.name(form, "Type", "XObject");
  m.name(form, "Subtype", "Form");
  m.add(form, "BBox", m.reals({bbox.x, bbox.y, bbox.x + bbox.width, bbox.y + bbox.height}, what), what);
  HPDF_Dict resources = m.must(HPDF_Dict_New(m.mmgr()), what);
  m.add(form, "Resources", resources, what);
  if (!fonts.empty()) m.add(resources, "Font", m.resource_dict(fonts, what), what);
  if (!xobjects.empty()) m.add(resources, "XObject", m.resource_dict(xobjects, what), what);
  return m.keep(form);
}

// A file libharu cannot decode is bad input, not a bug of ours: Error(data)
// naming the file rather than check()'s internal error.
ImageObject HpdfBuilder::add_image(const std::string& path, ImageFormat format) {
  Impl& m = *impl_;
  HPDF_Image image = format == ImageFormat::png ? HPDF_LoadPngImageFromFile(m.doc.get(), path.c_str())
                                                : HPDF_LoadJpegImageFromFile(m.doc.get(), path.c_str());
  if (m.error.code != HPDF_OK || !image)
    throw Error(ExitCode::data, "PDF export: image " + path + " cannot be read (libharu error " +
                                    hex(m.error.code) + ", detail " + std::to_string(m.error.detail) + ")");
  HPDF_Point size = HPDF_Image_GetSize(image);
  m.check("reading an image's size");
  if (size.x <= 0 || size.y <= 0) throw Error(ExitCode::data, "PDF export: image " + path + " has no pixels");
  return {m.keep(image), size.x, size.y};
}

int HpdfBuilder::add_page(const PageBoxes& boxes, const Deflated& content,
                          const std::vector<ResourceEntry>& fonts, const std::vector<ResourceEntry>& xobjects) {
  Impl& m = *impl_;
  const char* what = "adding a page";
  HPDF_Page page = m.must(HPDF_AddPage(m.doc.get()), what);
  // Set directly: libharu's own setters round box values to whole points.
  m.add(page, "MediaBox", m.reals({0, 0, boxes.media_width, boxes.media_height}, what), what);
  auto box = [&](const char* key, const Rect& r) {
    m.add(page, key, m.reals({r.x, r.y, r.x + r.width, r.y + r.height}, what), what);
  };
  box("BleedBox", boxes.bleed);
  box("TrimBox", boxes.trim);
  m.write_deflated(static_cast<HPDF_PageAttr>(page->attr)->contents, content, "writing page content");
  auto* resources = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(page, "Resources", HPDF_OCLASS_DICT));
  m.must(resources, what);
  if (!fonts.empty()) m.add(resources, "Font", m.resource_dict(fonts, what), what);
  if (!xobjects.empty()) m.add(resources, "XObject", m.resource_dict(xobjects, what), what);
  m.pages.push_back(page);
  return static_cast<int>(m.pages.size() - 1);
}

void HpdfBuilder::set_info(const layout::DocumentInfo& info, std::optional<std::int64_t> time) {
  Impl& m = *impl_;
  const char* what = "writing the document information";
  HPDF_Doc doc = m.doc.get();
  m.ok(HPDF_SetInfoAttr(doc, HPDF_INFO_CREATOR, "paiban"), what);  // creates the info dict
  HPDF_Dict dict = m.must(doc->info, what);
  const std::pair<const char*, const std::string*> fields[] = {{"Title", &info.title},
                                                               {"Author", &info.author},
                                                               {"Subject", &info.subject},
                                                               {"Keywords", &info.keywords},
                                                               {"Creator", &info.creator}};
  for (const auto& [key, value] : fields)
    if (!value->empty()) m.add(dict, key, m.text(*value, what), what);
  if (!time) return;
  std::time_t t = static_cast<std::time_t>(*time);
  std::tm utc{};
  if (!gmtime_r(&t, &utc)) throw Error(ExitCode::usage, "creation time out of range: " + std::to_string(*time));
  HPDF_Date date{utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min,
                 std::min(utc.tm_sec, 59), 'Z', 0, 0};
  m.ok(HPDF_SetInfoDateAttr(doc, HPDF_INFO_CREATION_DATE, date), what);
  m.ok(HPDF_SetInfoDateAttr(doc, HPDF_INFO_MOD_DATE, date), what);
}

void HpdfBuilder::set_outline(const std::vector<OutlineEntry>& entries) {
  Impl& m = *impl_;
  const char* what = "writing bookmarks";
  std::vector<std::pair<int, HPDF_Outline>> open;  // (level, item) of the current branch
  for (const OutlineEntry& e : entries) {
    if (e.page < 0 || static_cast<std::size_t>(e.page) >= m.pages.size()) continue;
    while (!open.empty() && open.back().first >= e.level) open.pop_back();
    HPDF_Outline parent = open.empty() ? nullptr : open.back().second;
    HPDF_Outline item = m.must(HPDF_CreateOutline(m.doc.get(), parent, "", nullptr), what);
    m.add(item, "Title", m.text(e.title, what), what);
    HPDF_Destination dest = m.must(HPDF_Page_CreateDestination(m.pages[e.page]), what);
    m.ok(HPDF_Destination_SetFitH(dest, static_cast<HPDF_REAL>(e.top)), what);
    m.ok(HPDF_Outline_SetDestination(item, dest), what);
    m.ok(HPDF_Outline_SetOpened(item, HPDF_TRUE), what);
    open.emplace_back(e.level, item);
  }
  if (!entries.empty()) m.ok(HPDF_SetPageMode(m.doc.get(), HPDF_PAGE_MODE_USE_OUTLINE), what);
}

void HpdfBuilder::set_page_labels(const std::vector<LabelRange>& ranges) {
  Impl& m = *impl_;
  const char* what = "writing page labels";
  if (ranges.empty()) return;
  HPDF_Dict labels = m.must(HPDF_Dict_New(m.mmgr()), what);
  HPDF_Array nums = m.must(HPDF_Array_New(m.mmgr()), what);
  m.add(labels, "Nums", nums, what);
  for (const LabelRange& r : ranges) {
    m.ok(HPDF_Array_AddNumber(nums, r.first_page), what);
    HPDF_Dict label = m.must(HPDF_Dict_New(m.mmgr()), what);
    m.ok(HPDF_Array_Add(nums, label), what);
    if (r.style != 0) {
      m.name(label, "S", std::string(1, r.style));
      if (r.start != 1) m.ok(HPDF_Dict_AddNumber(label, "St", r.start), what);
    }
    if (!r.prefix.empty()) m.add(label, "P", m.text(r.prefix, what), what);
  }
  m.add(m.doc->catalog, "PageLabels", labels, what);
}

void HpdfBuilder::open_at_first_page() {
  Impl& m = *impl_;
  const char* what = "setting the open action";
  if (m.pages.empty()) return;
  HPDF_Destination dest = m.must(HPDF_Page_CreateDestination(m.pages.front()), what);
  m.ok(HPDF_Destination_SetFit(dest), what);
  m.ok(HPDF_SetOpenAction(m.doc.get(), dest), what);
}

std::string HpdfBuilder::save() {
  Impl& m = *impl_;
  if (!m.programs_to_come.empty()) throw Error(ExitCode::internal, "PDF export: a font program was never written");
  HPDF_Doc doc = m.doc.get();
  SaveTarget target;
  // Streams are most of a PDF; the objects around them add a few percent.
  // Room reserved and never written costs nothing but address space.
  target.bytes.reserve(m.stream_bytes + m.stream_bytes / 8 + (64 << 10));
  // HPDF_SaveToStream writes to the document's stream when there is one.
  doc->stream = m.must(HPDF_CallbackWriter_New(m.mmgr(), append_to_target, &target), "saving");
  HPDF_STATUS status = HPDF_SaveToStream(doc);
  HPDF_Stream_Free(doc->stream);  // it points at `target`, which is about to go
  doc->stream = nullptr;
  if (target.out_of_memory) throw std::bad_alloc();
  m.ok(status, "saving");
  return std::move(target.bytes);
}

}  // namespace paiban::export_pdf
