// The PDF export driver: collect glyphs -> subset each face once -> page
// contents -> pages (reader order or saddle-stitch sheets) -> metadata.
//
// Everything that costs time runs beside something else, so that on two
// cores the export takes about as long as the larger of making the fonts'
// programs (Noto: subset and deflate) and writing the pages (subset_faces).
// libharu is only fed afterwards, from this thread, in a fixed order: the
// output never depends on which thread finishes first.
#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <memory>
#include <mutex>
#include <future>

#include "export/pdf/content_stream.h"
#include "export/pdf/flate.h"
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
#include "threads/helper_thread.h"

namespace paiban::export_pdf {

namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double kMarkLength = 5 * kPointsPerMm;  // crop mark length beyond the bleed
constexpr double kMarkBand = kMarkLength + 3 * kPointsPerMm;  // media added on each side for marks

// Without threads the work runs at once on the calling thread: the same code
// path serves a caller that wants no helper threads.
template <class Work>
auto launch(bool on_thread, Work&& work) {
  return threads::start_helper(std::forward<Work>(work), on_thread);
}

struct Embedded {
  EmbeddedFont font;
  Deflated program;  // font.program deflated
};
// Font programs compress at their own level (flate.h), wherever they are deflated.
Deflated deflated_program(const EmbeddedFont& font) { return Deflated{flate(font.program, kFontFlateLevel)}; }

Embedded embedded(const text::FaceInfo& face, const std::set<uint32_t>& gids) {
  EmbeddedFont font = subset_face(face, gids);
  Deflated program = deflated_program(font);
  return Embedded{std::move(font), std::move(program)};
}

// What was flattened early for `face`, waiting for it if need be: the wait is
// shorter than doing the same work again.
const FlattenedCharstrings* early_charstrings(const text::FaceInfo& face, const std::vector<EarlyCharstrings>& early) {
  for (const EarlyCharstrings& e : early)
    if (e.path == face.path && e.index == face.index && e.charstrings.valid()) {
      const std::optional<FlattenedCharstrings>& flattened = e.charstrings.get();
      return flattened ? &*flattened : nullptr;
    }
  return nullptr;
}

// The fonts' subsets, each made by whichever thread is free for it (this one
// or the helper), in two groups:
//   - faces that are not CID-keyed, subset whole: the pages need the glyph
//     ids their subsets give, so they come first, largest first;
//   - the programs of the CID-keyed faces (Noto CJK), largest first. Their
//     CIDs and widths, all the pages need, are read here beforehand
//     (describe_cid_keyed_face); only the file needs the programs.
// This thread takes whole subsets until none is left, waits for the ones the
// helper took, writes the pages, then takes programs until none is left.
class SubsetQueue {
 public:
  SubsetQueue(const layout::Document& document, const std::map<int, FaceUsage>& usage,
              const std::vector<EarlyCharstrings>& early, std::vector<int> whole, std::vector<int> programs)
      : document_(document), usage_(usage), early_(early), whole_(std::move(whole)), programs_(std::move(programs)),
        whole_done_(whole_.size()), programs_done_(programs_.size()), whole_left_(whole_.size()) {}

  // Takes tasks until there are none left, or with `whole_only`, no whole subsets.
  void work(bool whole_only) {
    const std::size_t end = whole_only ? whole_.size() : whole_.size() + programs_.size();
    for (std::size_t i = next_.load(); i < end;) {
      if (!next_.compare_exchange_weak(i, i + 1)) continue;
      if (i < whole_.size())
        make_whole(i);
      else
        make_program(i - whole_.size());
      i = next_.load();
    }
  }

  // Once every whole subset is made, by either thread: the faces subset whole.
  std::map<int, Embedded> whole_subsets() {
    for (std::size_t left; (left = whole_left_.load()) != 0;) whole_left_.wait(left);
    if (failure_) std::rethrow_exception(failure_);
    std::map<int, Embedded> out;
    for (std::size_t i = 0; i < whole_.size(); ++i) out.emplace(whole_[i], std::move(whole_done_[i]));
    return out;
  }

  // Once both threads are done with the queue: the CID-keyed faces' programs.
  std::map<int, Deflated> programs() {
    std::map<int, Deflated> out;
    for (std::size_t i = 0; i < programs_.size(); ++i) out.emplace(programs_[i], std::move(programs_done_[i]));
    return out;
  }

 private:
  // A failure is kept for whole_subsets(), which the other thread may be waiting in.
  void make_whole(std::size_t i) {
    try {
      whole_done_[i] = embedded(document_.faces[whole_[i]], usage_.at(whole_[i]).gids);
    } catch (...) {
      std::lock_guard<std::mutex> lock(failure_mutex_);
      if (!failure_) failure_ = std::current_exception();
    }
    whole_left_.fetch_sub(1);
    whole_left_.notify_all();
  }

  void make_program(std::size_t i) {
    const text::FaceInfo& info = document_.faces[programs_[i]];
    programs_done_[i] = Deflated{flate(
        cid_keyed_program(info, usage_.at(programs_[i]).gids, early_charstrings(info, early_)), kFontFlateLevel)};
  }

  const layout::Document& document_;
  const std::map<int, FaceUsage>& usage_;
  const std::vector<EarlyCharstrings>& early_;
  const std::vector<int> whole_, programs_;
  std::vector<Embedded> whole_done_;
  std::vector<Deflated> programs_done_;
  std::atomic<std::size_t> next_{0};  // over whole_, then programs_
  std::atomic<std::size_t> whole_left_;
  std::mutex failure_mutex_;
  std::exception_ptr failure_;
};

struct Subsets {
  std::map<int, Embedded> faces;  // by FaceId; the CID-keyed faces' programs come from:
  std::shared_ptr<SubsetQueue> queue;  // shared with the helper
  threads::Helper<void> helper;

  // The programs still missing, by FaceId, once this thread has nothing else to do.
  std::map<int, Deflated> finish_programs() {
    queue->work(false);
    helper.get();
    std::map<int, Deflated> missing = queue->programs();
    std::erase_if(missing, [&](const auto& p) { return !faces.at(p.first).program.bytes.empty(); });  // subset whole
    return missing;
  }
};

// Every face's subset (SubsetQueue), so that on two cores the export takes
// about as long as the longer of the two threads' shares.
Subsets subset_faces(const layout::Document& document, const std::map<int, FaceUsage>& usage,
                     const PdfOptions& options) {
  Subsets out;
  std::vector<int> cid_keyed, whole;
  for (const auto& [face, u] : usage) (is_cid_keyed_face(document.faces[face]) ? cid_keyed : whole).push_back(face);
  auto by_size = [&usage](int a, int b) { return usage.at(a).gids.size() > usage.at(b).gids.size(); };
  std::stable_sort(cid_keyed.begin(), cid_keyed.end(), by_size);
  std::stable_sort(whole.begin(), whole.end(), by_size);
  out.queue = std::make_shared<SubsetQueue>(document, usage, options.early, whole, cid_keyed);
  // On an exception the Helper's destructor waits for the work, which reads `document`.
  out.helper = launch(options.threads, [queue = out.queue] { queue->work(false); });
  for (int face : cid_keyed) {
    const text::FaceInfo& info = document.faces[face];
    if (std::optional<EmbeddedFont> described = describe_cid_keyed_face(info, usage.at(face).gids))
      out.faces[face].font = std::move(*described);
    else  // a charset that reads for glyph 0 but not for these: subset it whole, here
      out.faces.emplace(face, embedded(info, usage.at(face).gids));
  }
  out.queue->work(true);
  out.faces.merge(out.queue->whole_subsets());
  return out;
}

// A content stream before compression, and where it goes.
struct PlannedForm {
  Rect bbox;
  std::string content;
  std::vector<ResourceEntry> images;
};
struct PlannedPage {
  PageBoxes boxes;
  std::string content;
  bool draws_text = false;            // carries the font resources
  std::vector<ResourceEntry> images;
  std::vector<int> forms;             // indexes into Plan::forms, drawn as /P<index>
};
struct Plan {
  std::vector<PlannedForm> forms;
  std::vector<PlannedPage> pages;
  std::vector<OutlineEntry> outline;
  std::vector<std::string> labels;  // page labels, reader order only
};

// Pictures first: text and rules are drawn over them.
std::string content_of(const layout::Page& page, double trim_height, const FontResources& fonts,
                       const PageImageResources& images) {
  return page_images_content(page, trim_height, images) + page_content(page, trim_height, fonts);
}

std::string translated(double x, double y, const std::string& content) {
  std::string out = "q 1 0 0 1 " + pdf_number(x) + ' ' + pdf_number(y) + " cm\n";
  return out + content + "Q\n";
}

std::string marks_for(const Rect& trim, double bleed) {
  return crop_marks(trim, bleed, kMarkLength) + registration_marks(trim, bleed, kMarkLength);
}

Plan reader_order(const layout::Document& d, const PdfOptions& options, const FontResources& fonts,
                  const PageImageResources& images) {
  double band = options.marks ? kMarkBand : 0;
  double offset = band + d.bleed;
  PageBoxes boxes;
  boxes.media_width = d.trim_width + 2 * offset;
  boxes.media_height = d.trim_height + 2 * offset;
  boxes.trim = {offset, offset, d.trim_width, d.trim_height};
  boxes.bleed = {band, band, d.trim_width + 2 * d.bleed, d.trim_height + 2 * d.bleed};
  Plan plan;
  for (const layout::Page& page : d.pages) {
    PlannedPage& p = plan.pages.emplace_back();
    p.boxes = boxes;
    p.content = translated(offset, offset, content_of(page, d.trim_height, fonts, images));
    if (options.marks) p.content += marks_for(boxes.trim, d.bleed);
    p.draws_text = true;
    p.images = page_image_entries(page, images);
    plan.labels.push_back(page.label);
  }
  for (const layout::OutlineItem& item : d.outline)
    plan.outline.push_back({item.level, item.title, item.page, offset + d.trim_height - item.y});
  return plan;
}

// One half of a sheet side: the page's form with its trim corner at (x, y),
// clipped to its half plus the bleed on the three outer edges (never over the fold).
std::string place_page(int page, double x, double y, const Rect& clip) {
  if (page < 0) return {};
  return "q " + pdf_number(clip.x) + ' ' + pdf_number(clip.y) + ' ' + pdf_number(clip.width) + ' ' +
         pdf_number(clip.height) + " re W n\n1 0 0 1 " + pdf_number(x) + ' ' + pdf_number(y) + " cm /P" +
         std::to_string(page) + " Do\nQ\n";
}

// Each page becomes a form XObject, so that its fonts and pictures are
// embedded once however the sheets place it.
Plan saddle_stitch(const layout::Document& d, const PdfOptions& options, const FontResources& fonts,
                   const PageImageResources& images) {
  double W = d.trim_width, H = d.trim_height, b = d.bleed;
  double band = options.marks ? kMarkBand : 0;
  double offset = band + b;
  Plan plan;
  for (const layout::Page& page : d.pages)
    plan.forms.push_back({{-b, -b, W + 2 * b, H + 2 * b}, content_of(page, H, fonts, images),
                          page_image_entries(page, images)});
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
    if (sides[s].back && options.duplex == Duplex::long_edge)
      content = "q -1 0 0 -1 " + pdf_number(boxes.media_width) + ' ' + pdf_number(boxes.media_height) +
                " cm\n" + content + "Q\n";
    PlannedPage& p = plan.pages.emplace_back();
    p.boxes = boxes;
    p.content = std::move(content);
    for (int page : {sides[s].left, sides[s].right})  // only this side's pages: a dict holds at most 4095 entries
      if (page >= 0) {
        p.forms.push_back(page);
        side_of_page[page] = static_cast<int>(s);
      }
  }
  for (const layout::OutlineItem& item : d.outline)
    if (item.page >= 0 && static_cast<std::size_t>(item.page) < d.pages.size())
      plan.outline.push_back({item.level, item.title, side_of_page[item.page], offset + H - item.y});
  return plan;
}

void check_geometry(const layout::Document& d) {
  auto bad = [](double v, double max) { return !std::isfinite(v) || v < 0 || v > max; };
  if (d.pages.empty()) throw Error(ExitCode::data, "PDF export: the document has no pages");
  if (bad(d.trim_width, 7000) || bad(d.trim_height, 14000) || bad(d.bleed, 100) || d.trim_width <= 0 ||
      d.trim_height <= 0)
    throw Error(ExitCode::data, "PDF export: page size out of range");
}

// Fonts in face order, each with its ToUnicode map; returns the /Font resources.
// Each face's ToUnicode CMap, deflated, by FaceId: needs the CIDs, not the programs.
std::map<int, Deflated> to_unicode_maps(const std::map<int, FaceUsage>& usage, const Subsets& subsets) {
  std::map<int, Deflated> maps;
  for (const auto& [face, u] : usage) {
    const EmbeddedFont& font = subsets.faces.at(face).font;
    std::map<uint16_t, std::string> texts;
    for (const auto& [gid, text] : u.texts) texts.emplace(font.glyphs.at(gid).cid, text);
    maps.emplace(face, Deflated{flate(to_unicode_cmap(texts))});
  }
  return maps;
}

// The fonts, by FaceId; programs still being made are written later (set_programs).
std::map<int, ObjectHandle> add_fonts(HpdfBuilder& pdf, const Subsets& subsets,
                                      const std::map<int, Deflated>& to_unicode) {
  std::map<int, ObjectHandle> fonts;
  for (const auto& [face, cmap] : to_unicode) {
    const Embedded& e = subsets.faces.at(face);
    fonts.emplace(face, pdf.add_font(e.font, e.program.bytes.empty() ? nullptr : &e.program, cmap));
  }
  return fonts;
}

std::vector<ResourceEntry> font_resources(const std::map<int, ObjectHandle>& fonts) {
  std::vector<ResourceEntry> entries;
  for (const auto& [face, handle] : fonts) entries.push_back({"F" + std::to_string(face), handle});
  return entries;
}

void add_pages(HpdfBuilder& pdf, const Plan& plan, const std::vector<Deflated>& form_contents,
               const std::vector<Deflated>& page_contents, const std::vector<ResourceEntry>& fonts) {
  std::vector<ResourceEntry> forms;
  for (std::size_t i = 0; i < plan.forms.size(); ++i)
    forms.push_back({"P" + std::to_string(i),
                     pdf.add_form(plan.forms[i].bbox, form_contents[i], fonts, plan.forms[i].images)});
  for (std::size_t i = 0; i < plan.pages.size(); ++i) {
    const PlannedPage& p = plan.pages[i];
    std::vector<ResourceEntry> xobjects = p.images;
    for (int f : p.forms) xobjects.push_back(forms[f]);
    pdf.add_page(p.boxes, page_contents[i], p.draws_text ? fonts : std::vector<ResourceEntry>{}, xobjects);
  }
}

}  // namespace

std::string write_pdf(const layout::Document& document, const PdfOptions& options) {
  check_geometry(document);
  if (!std::isfinite(options.creep_mm) || std::abs(options.creep_mm) > 20)
    throw Error(ExitCode::usage, "--creep must be between -20 and 20 mm");
  HpdfBuilder pdf;
  PageImageResources images = embed_page_images(document, pdf);  // first: a bad file fails before subsetting
  std::map<int, FaceUsage> usage = collect_glyph_usage(document);
  Subsets subsets = subset_faces(document, usage, options);
  FontResources resources;
  for (const auto& [face, e] : subsets.faces) resources[face] = FontResource{"F" + std::to_string(face), &e.font};
  Plan plan = options.impose == Imposition::saddle ? saddle_stitch(document, options, resources, images)
                                                   : reader_order(document, options, resources, images);
  std::vector<Deflated> form_contents, page_contents;
  for (const PlannedForm& f : plan.forms) form_contents.push_back({flate(f.content)});
  for (const PlannedPage& p : plan.pages) page_contents.push_back({flate(p.content)});

  // Everything but the CID-keyed fonts' programs goes to libharu while the
  // helper may still be making them; the objects are made in the same order
  // whenever their data comes.
  std::map<int, ObjectHandle> fonts = add_fonts(pdf, subsets, to_unicode_maps(usage, subsets));
  add_pages(pdf, plan, form_contents, page_contents, font_resources(fonts));
  pdf.set_outline(plan.outline);
  if (!plan.labels.empty()) pdf.set_page_labels(label_ranges(plan.labels));
  pdf.set_info(document.info, options.creation_time);
  pdf.open_at_first_page();
  for (auto& [face, program] : subsets.finish_programs()) pdf.set_font_program(fonts.at(face), program);
  return pdf.save();
}

}  // namespace paiban::export_pdf
