#pragma once
// The libharu backend: the only code that touches libharu. libharu writes the
// document structure (pages, resources, outlines, info, page labels,
// compression, xref); the fonts are built here from its internal object API
// (hpdf_objects.h), which is why this file set is pinned to libharu 2.3.0.
// Every libharu error becomes paiban::Error(internal) naming the error code.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "export/pdf/content_stream.h"
#include "export/pdf/font_subset.h"
#include "export/pdf/page_labels.h"
#include "layout/display_list.h"

namespace paiban::export_pdf {

struct ObjectHandle {
  int id = -1;
};

// Stream data deflated already (flate.h); written as is, with /Filter /FlateDecode.
struct Deflated {
  std::string bytes;
};

// Resources a content stream uses: /name -> object.
struct ResourceEntry {
  std::string name;
  ObjectHandle object;
};

struct PageBoxes {
  double media_width = 0, media_height = 0;  // MediaBox [0 0 w h]
  Rect trim, bleed;
};

// An image XObject and its size in pixels.
struct ImageObject {
  ObjectHandle object;
  double pixel_width = 0, pixel_height = 0;
};
enum class ImageFormat { png, jpeg };

struct OutlineEntry {
  int level = 0;  // 0 is the top level
  std::string title;
  int page = 0;   // 0-based PDF page
  double top = 0; // PDF y of the destination
};

// "2.3.0" when the libharu this program runs with matches the headers it was
// built against; the internals used here are only known for that version.
std::string linked_libharu_version();

class HpdfBuilder {
 public:
  HpdfBuilder();  // throws Error(internal) when libharu is not 2.3.x
  ~HpdfBuilder();
  HpdfBuilder(const HpdfBuilder&) = delete;
  HpdfBuilder& operator=(const HpdfBuilder&) = delete;

  // Type0 font with Identity-H and one descendant CIDFont; embedded once.
  // With `program` null, the program comes later (set_font_program), so that
  // the pages can be added while it is being made; the objects and their
  // numbers are the same either way.
  ObjectHandle add_font(const EmbeddedFont& font, const Deflated* program, const Deflated& to_unicode_cmap);
  void set_font_program(ObjectHandle font, const Deflated& program);
  // Form XObject with the given content, bounding box and font resources.
  ObjectHandle add_form(const Rect& bbox, const Deflated& content, const std::vector<ResourceEntry>& fonts,
                        const std::vector<ResourceEntry>& xobjects = {});
  // Image XObject from a PNG or JPEG file; throws Error(data) naming PATH
  // when libharu cannot read it.
  ImageObject add_image(const std::string& path, ImageFormat format);
  // Appends a page; returns its 0-based index.
  int add_page(const PageBoxes& boxes, const Deflated& content, const std::vector<ResourceEntry>& fonts,
               const std::vector<ResourceEntry>& xobjects);

  void set_info(const layout::DocumentInfo& info, std::optional<std::int64_t> time);
  void set_outline(const std::vector<OutlineEntry>& entries);
  void set_page_labels(const std::vector<LabelRange>& ranges);
  void open_at_first_page();
  // Throws Error(internal) when a font's program was never written.
  std::string save();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace paiban::export_pdf
