// Rendered-page checks: text extraction can pass while glyphs render blank or
// misplaced, so pages are rendered with poppler and mupdf and compared with
// reference PNGs, and every glyph box must carry ink where layout put it.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "export/pdf/pdf_writer.h"
#include "pdf/pdf_test_support.h"

using namespace paiban;
using namespace paiban::test;

namespace {

constexpr int kInkDpi = 144;  // 2 px per point

std::string sample_file(const TempDir& dir, bool booklet = false) {
  export_pdf::PdfOptions options;
  options.creation_time = 0;
  if (booklet) options.impose = export_pdf::Imposition::saddle;
  return dir.write(booklet ? "booklet.pdf" : "sample.pdf", export_pdf::write_pdf(sample_document(), options));
}

std::string render_poppler(const std::string& pdf, int page, int dpi, const std::string& out_base, bool png) {
  std::string p = std::to_string(page);
  run("pdftoppm -r " + std::to_string(dpi) + " -gray " + (png ? "-png " : "") + "-singlefile -f " + p + " -l " +
      p + " " + pdf + " " + out_base);
  return out_base + (png ? ".png" : ".pgm");
}

std::string render_mupdf(const std::string& pdf, int page, int dpi, const std::string& out) {
  run("mutool draw -q -r " + std::to_string(dpi) + " -c gray -o " + out + " " + pdf + " " + std::to_string(page) +
      " 2>/dev/null");
  return out;
}

// Compares with tests/pdf/reference/NAME; PAIBAN_UPDATE_REFERENCES=1 rewrites it instead.
void check_against_reference(const std::string& rendered, const std::string& name) {
  std::string reference = std::string(PAIBAN_TESTS_DIR) + "/pdf/reference/" + name;
  if (const char* update = std::getenv("PAIBAN_UPDATE_REFERENCES"); update && std::string(update) == "1")
    std::filesystem::copy_file(rendered, reference, std::filesystem::copy_options::overwrite_existing);
  REQUIRE(std::filesystem::exists(reference));
  CommandResult r = run("/usr/bin/python3 " + std::string(PAIBAN_TESTS_DIR) + "/pdf/compare_images.py " +
                        reference + " " + rendered + " 2>&1");
  INFO(name << ": " << r.out);
  CHECK(r.exit_code == 0);
}

bool has_ink(const Gray& img, double x0, double y0, double x1, double y1) {
  int px0 = std::max(0, static_cast<int>(x0 * kInkDpi / 72)), px1 = std::min(img.width, static_cast<int>(x1 * kInkDpi / 72) + 1);
  int py0 = std::max(0, static_cast<int>(y0 * kInkDpi / 72)), py1 = std::min(img.height, static_cast<int>(y1 * kInkDpi / 72) + 1);
  for (int y = py0; y < py1; ++y)
    for (int x = px0; x < px1; ++x)
      if (img.at(x, y) < 128) return true;
  return false;
}

// Leftmost and rightmost inked column (in points) inside a horizontal band.
std::pair<double, double> ink_extent(const Gray& img, double y0, double y1) {
  int first = img.width, last = -1;
  for (int y = std::max(0, static_cast<int>(y0 * kInkDpi / 72)); y < std::min(img.height, static_cast<int>(y1 * kInkDpi / 72)); ++y)
    for (int x = 0; x < img.width; ++x)
      if (img.at(x, y) < 128) first = std::min(first, x), last = std::max(last, x);
  return {first * 72.0 / kInkDpi, (last + 1) * 72.0 / kInkDpi};
}

}  // namespace

TEST_CASE("pages render like the reference images in poppler and mupdf", "[pdf][render]") {
  TempDir dir;
  std::string pdf = sample_file(dir);
  for (int page : {1, 2}) {
    std::string p = std::to_string(page);
    check_against_reference(render_poppler(pdf, page, 36, dir.file("poppler-" + p), true), "sample-p" + p + "-poppler.png");
    check_against_reference(render_mupdf(pdf, page, 36, dir.file("mupdf-" + p + ".png")), "sample-p" + p + "-mupdf.png");
  }
  std::string booklet = sample_file(dir, true);
  check_against_reference(render_poppler(booklet, 1, 24, dir.file("booklet-1"), true), "booklet-s1-poppler.png");
}

TEST_CASE("every glyph box has ink, where layout put it, in both renderers", "[pdf][render]") {
  TempDir dir;
  std::string pdf = sample_file(dir);
  layout::Document doc = sample_document();
  const double offset = doc.bleed;  // trim corner inside the media box
  for (int page = 1; page <= 2; ++page) {
    for (bool mupdf : {false, true}) {
      std::string base = dir.file((mupdf ? "m" : "p") + std::to_string(page));
      Gray img = read_pgm(mupdf ? render_mupdf(pdf, page, kInkDpi, base + ".pgm")
                                : render_poppler(pdf, page, kInkDpi, base, false));
      for (const layout::PageRun& run : doc.pages[page - 1].runs) {
        double size = run.glyphs.size, baseline = offset + run.y;
        for (std::size_t i = 0; i < run.glyphs.glyphs.size(); ++i) {
          const text::PlacedGlyph& g = run.glyphs.glyphs[i];
          if (run.text.substr(g.cluster, 1) == " ") continue;
          double x = offset + run.x + g.x;
          INFO((mupdf ? "mupdf" : "poppler") << " page " << page << " run '" << run.text << "' glyph " << i);
          CHECK(has_ink(img, x, baseline - 0.8 * size, x + g.advance, baseline + 0.15 * size));
        }
        // The ink of the whole run ends where the last glyph ends: widths agree with layout.
        const text::PlacedGlyph& last = run.glyphs.glyphs.back();
        auto [left, right] = ink_extent(img, baseline - 0.8 * size, baseline + 0.15 * size);
        INFO("run '" << run.text << "' ink " << left << ".." << right);
        CHECK(left >= offset + run.x - 1);
        CHECK(left <= offset + run.x + 0.25 * size);
        CHECK(right <= offset + run.x + last.x + last.advance + 1.5);
        CHECK(right >= offset + run.x + last.x + 0.2 * last.advance);
      }
    }
  }
}
