// The PDF export driver: collect glyphs -> subset and embed each face once ->
// page contents -> pages (reader order or saddle-stitch sheets) -> metadata.
#include <cmath>
#include <future>

#include "export/pdf/content_stream.h"
#include "export/pdf/font_subset.h"
#include "export/pdf/glyph_usage.h"
#include "export/pdf/hpdf_builder.h"
#include "export/pdf/imposition.h"
#include "export/pdf/page_images.h"
#include "export/pdf/page_labels.h"
#include "export/pdf/pdf_number.h"
#include "export/pdf/pdf_writer.h"
#include "export/pdf/to_unicode.h"
#include "model/error.h"

namespace paiban::export_pdf {

namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double kMarkLength = 5 * kPointsPerMm;  // crop mark length beyond the bleed
constexpr double kMarkBand = kMarkLength + 3 * kPointsPerMm;  // media added on each side for marks

struct EmbeddedFonts {
  std::map<int, EmbeddedFont> programs;  // by FaceId
  FontResources resources;
  std::vector<ResourceEntry> entries;
};

// Pictures first: text and rules are drawn over them.
std::string content_of(const layout::Page& page, double trim_height, const EmbeddedFonts& fonts,
                       const PageImageResources& images) {
  return page_images_content(page, trim_height, images) + page_content(page, trim_height, fonts.resources);
}

// Subsetting dominates the export (Noto's CFF: tens of ms), so the faces are
// subset concurrently; they are added to the PDF in face order afterwards, so
// the output does not depend on which thread finishes first.
EmbeddedFonts embed_fonts(const layout::Document& document, HpdfBuilder& pdf) {
  std::map<int, FaceUsage> usage = collect_glyph_usage(document);
  std::vector<std::pair<int, std::future<EmbeddedFont>>> jobs;
  for (const auto& [face, u] : usage) {
    auto launch = jobs.empty() ? std::launch::deferred : std::launch::async;  // the first runs on this thread
    jobs.emplace_back(face, std::async(launch, subset_face, std::cref(document.faces[face]), std::cref(u.gids)));
  }
  EmbeddedFonts fonts;
  for (auto& [face, job] : jobs) fonts.programs[face] = job.get();
  for (const auto& [face, u] : usage) {
    const EmbeddedFont& font = fonts.programs[face];
    std::map<uint16_t, std::string> texts;
    for (const auto& [gid, text] : u.texts) texts.emplace(font.glyphs.at(gid).cid, text);
    std::string name = "F" + std::to_string(face);
    ObjectHandle handle = pdf.add_font(font, to_unicode_cmap(texts));
    fonts.resources[face] = FontResource{name, &font};
    fonts.entries.push_back({name, handle});
  }
  return fonts;
}

void check_geometry(const layout::Document& d) {
  auto bad = [](double v, double max) { return !std::isfinite(v) || v < 0 || v > max; };
  if (d.pages.empty()) throw Error(ExitCode::data, "PDF export: the document has no pages");
  if (bad(d.trim_width, 7000) || bad(d.trim_height, 14000) || bad(d.bleed, 100) || d.trim_width <= 0 ||
      d.trim_height <= 0)
    throw Error(ExitCode::data, "PDF export: page size out of range");
}

std::string translated(double x, double y, const std::string& content) {
  std::string out = "q 1 0 0 1 " + pdf_number(x) + ' ' + pdf_number(y) + " cm\n";
  return out + content + "Q\n";
}

std::string marks_for(const Rect& trim, double bleed) {
  return crop_marks(trim, bleed, kMarkLength) + registration_marks(trim, bleed, kMarkLength);
}

void write_reader_order(const layout::Document& d, const PdfOptions& options, const EmbeddedFonts& fonts,
                        const PageImageResources& images, HpdfBuilder& pdf) {
  double band = options.marks ? kMarkBand : 0;
  double offset = band + d.bleed;
  PageBoxes boxes;
  boxes.media_width = d.trim_width + 2 * offset;
  boxes.media_height = d.trim_height + 2 * offset;
  boxes.trim = {offset, offset, d.trim_width, d.trim_height};
  boxes.bleed = {band, band, d.trim_width + 2 * d.bleed, d.trim_height + 2 * d.bleed};
  std::vector<std::string> labels;
  for (const layout::Page& page : d.pages) {
    std::string content = translated(offset, offset, content_of(page, d.trim_height, fonts, images));
    if (options.marks) content += marks_for(boxes.trim, d.bleed);
    pdf.add_page(boxes, content, fonts.entries, page_image_entries(page, images));
    labels.push_back(page.label);
  }
  std::vector<OutlineEntry> outline;
  for (const layout::OutlineItem& item : d.outline)
    outline.push_back({item.level, item.title, item.page, offset + d.trim_height - item.y});
  pdf.set_outline(outline);
  pdf.set_page_labels(label_ranges(labels));
}

// One half of a sheet side: the page's form with its trim corner at (x, y),
// clipped to its half plus the bleed on the three outer edges (never over the fold).
std::string place_page(int page, double x, double y, const Rect& clip) {
  if (page < 0) return {};
  return "q " + pdf_number(clip.x) + ' ' + pdf_number(clip.y) + ' ' + pdf_number(clip.width) + ' ' +
         pdf_number(clip.height) + " re W n\n1 0 0 1 " + pdf_number(x) + ' ' + pdf_number(y) + " cm /P" +
         std::to_string(page) + " Do\nQ\n";
}

void write_saddle_stitch(const layout::Document& d, const PdfOptions& options, const EmbeddedFonts& fonts,
                         const PageImageResources& images, HpdfBuilder& pdf) {
  double W = d.trim_width, H = d.trim_height, b = d.bleed;
  double band = options.marks ? kMarkBand : 0;
  double offset = band + b;
  std::vector<ResourceEntry> forms;
  for (std::size_t i = 0; i < d.pages.size(); ++i) {
    std::string content = content_of(d.pages[i], H, fonts, images);
    forms.push_back({"P" + std::to_string(i), pdf.add_form({-b, -b, W + 2 * b, H + 2 * b}, content, fonts.entries,
                                                          page_image_entries(d.pages[i], images))});
  }
  PageBoxes boxes;
  boxes.media_width = 2 * W + 2 * offset;
  boxes.media_height = H + 2 * offset;
  boxes.trim = {offset, offset, 2 * W, H};
  boxes.bleed = {band, band, 2 * W + 2 * b, H + 2 * b};

  std::vector<SheetSide> sides = saddle_stitch_order(static_cast<int>(d.pages.size()));
  int sheets = static_cast<int>(sides.size() / 2);
  std::vector<int> side_of_page(d.pages.size(), 0);
  for (std::size_t s = 0; s < sides.size(); ++s) {
    // Creep compensation grows from 0 on the cover to creep_mm on the innermost sheet.
    double creep = sheets > 1 ? options.creep_mm * kPointsPerMm * sides[s].sheet / (sheets - 1) : 0;
    std::string content = place_page(sides[s].left, offset + creep, offset, {band, band, W + b, H + 2 * b});
    content += place_page(sides[s].right, offset + W - creep, offset, {offset + W, band, W + b, H + 2 * b});
    if (options.marks)
      content += marks_for(boxes.trim, b) + fold_marks(boxes.trim, offset + W, b, kMarkLength);
    bool rotate = sides[s].back && options.duplex == Duplex::long_edge;
    if (rotate)
      content = "q -1 0 0 -1 " + pdf_number(boxes.media_width) + ' ' + pdf_number(boxes.media_height) +
                " cm\n" + content + "Q\n";
    std::vector<ResourceEntry> used;  // only this side's pages: a dict holds at most 4095 entries
    for (int p : {sides[s].left, sides[s].right})
      if (p >= 0) used.push_back(forms[p]);
    pdf.add_page(boxes, content, {}, used);
    for (int p : {sides[s].left, sides[s].right})
      if (p >= 0) side_of_page[p] = static_cast<int>(s);
  }
  std::vector<OutlineEntry> outline;
  for (const layout::OutlineItem& item : d.outline)
    if (item.page >= 0 && static_cast<std::size_t>(item.page) < d.pages.size())
      outline.push_back({item.level, item.title, side_of_page[item.page], offset + H - item.y});
  pdf.set_outline(outline);
}

}  // namespace

std::string write_pdf(const layout::Document& document, const PdfOptions& options) {
  check_geometry(document);
  if (!std::isfinite(options.creep_mm) || std::abs(options.creep_mm) > 20)
    throw Error(ExitCode::usage, "--creep must be between -20 and 20 mm");
  HpdfBuilder pdf;
  PageImageResources images = embed_page_images(document, pdf);  // first: a bad file fails before subsetting
  EmbeddedFonts fonts = embed_fonts(document, pdf);
  if (options.impose == Imposition::saddle)
    write_saddle_stitch(document, options, fonts, images, pdf);
  else
    write_reader_order(document, options, fonts, images, pdf);
  pdf.set_info(document.info, options.creation_time);
  pdf.open_at_first_page();
  return pdf.save();
}

}  // namespace paiban::export_pdf
