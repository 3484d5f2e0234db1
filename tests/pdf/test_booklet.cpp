// Saddle-stitch booklets read back sheet by sheet: each half of each sheet side
// is cropped with pdftotext -x -y -W -H and must show the page folding order
// puts there.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <regex>

#include "export/pdf/pdf_writer.h"
#include "pdf/pdf_test_support.h"

using namespace paiban;
using namespace paiban::test;

namespace {

// Pages whose only text is their number, `PAGE07`, in DejaVu Sans.
layout::Document numbered_pages(int count) {
  layout::Document d = a5_document({dejavu_sans()});
  for (int i = 1; i <= count; ++i) {
    layout::Page page;
    char text[16];
    std::snprintf(text, sizeof text, "PAGE%02d", i);
    page.runs.push_back(shape_run(d.faces[0], 0, text, 14, 150, 300));
    page.label = std::to_string(i);
    d.pages.push_back(page);
  }
  d.outline = {{0, "PAGE01", 0, 280}};
  return d;
}

std::string imposed(const layout::Document& d, export_pdf::Duplex duplex, double creep = 0) {
  export_pdf::PdfOptions o;
  o.impose = export_pdf::Imposition::saddle;
  o.duplex = duplex;
  o.creep_mm = creep;
  return export_pdf::write_pdf(d, o);
}

// Text inside a crop of PDF page `page`, in points (pdftotext at 72 dpi).
std::string crop_text(const std::string& file, int page, double x, double width, double height) {
  std::string p = std::to_string(page);
  char crop[128];
  std::snprintf(crop, sizeof crop, " -x %d -y 0 -W %d -H %d ", static_cast<int>(x), static_cast<int>(width),
                static_cast<int>(std::ceil(height)));
  return without_space(run("pdftotext -f " + p + " -l " + p + crop + file + " -").out);
}

std::string page_name(int one_based, int count) {
  if (one_based > count) return "";  // blank padding page
  char text[16];
  std::snprintf(text, sizeof text, "PAGE%02d", one_based);
  return text;
}

}  // namespace

TEST_CASE("booklet sheets carry the pages in folding order", "[pdf][booklet]") {
  for (int count : {1, 4, 5, 8, 13, 16}) {
    for (auto duplex : {export_pdf::Duplex::short_edge, export_pdf::Duplex::long_edge}) {
      layout::Document d = numbered_pages(count);
      TempDir dir;
      std::string file = dir.write("b.pdf", imposed(d, duplex));
      int padded = (count + 3) / 4 * 4;
      std::string info = run("pdfinfo " + file).out;
      REQUIRE(std::regex_search(info, std::regex("Pages: +" + std::to_string(padded / 2) + "\n")));
      double half = d.bleed + d.trim_width;  // the fold sits at x = bleed + trim width
      double height = d.trim_height + 2 * d.bleed;
      for (int side = 0; side < padded / 2; ++side) {
        int sheet = side / 2;
        bool back = side % 2 == 1;
        // Sheet s (from the outside): front N-2s | 2s+1, back 2s+2 | N-1-2s (1-based).
        int left = back ? 2 * sheet + 2 : padded - 2 * sheet;
        int right = back ? padded - 1 - 2 * sheet : 2 * sheet + 1;
        // A long-edge flip turns the back upside down: its left page prints on the right.
        if (back && duplex == export_pdf::Duplex::long_edge) std::swap(left, right);
        INFO(count << " pages, sheet side " << side + 1 << (duplex == export_pdf::Duplex::long_edge ? " long" : " short"));
        CHECK(crop_text(file, side + 1, 0, half, height) == page_name(left, count));
        CHECK(crop_text(file, side + 1, half, half + d.bleed, height) == page_name(right, count));
      }
    }
  }
}

TEST_CASE("booklet sheets are twice the page and share one font subset", "[pdf][booklet]") {
  layout::Document d = numbered_pages(8);
  TempDir dir;
  std::string file = dir.write("b.pdf", imposed(d, export_pdf::Duplex::short_edge));
  std::string info = run("pdfinfo -box " + file).out;
  INFO(info);
  // A4 landscape trim (2 x 419.53 by 595.28) plus 8.5 pt bleed.
  CHECK(std::regex_search(info, std::regex(R"(TrimBox:\s+8\.50\s+8\.50\s+847\.56\s+603\.78)")));
  CHECK(std::regex_search(info, std::regex(R"(MediaBox:\s+0\.00\s+0\.00\s+856\.06\s+612\.28)")));
  std::string fonts = run("pdffonts " + file).out;
  INFO(fonts);
  CHECK(std::count(fonts.begin(), fonts.end(), '\n') == 3);  // two header lines, one font
  int status = -1;
  status = run("qpdf --check " + file + " >/dev/null 2>&1").exit_code;
  CHECK(status == 0);
}

TEST_CASE("creep moves the inner sheets' pages towards the fold", "[pdf][booklet]") {
  layout::Document d = numbered_pages(8);
  TempDir dir;
  auto word_x = [&](const std::string& pdf, int page, const std::string& word) {
    std::string f = dir.write("c.pdf", pdf);
    std::string html = run("pdftotext -bbox -f " + std::to_string(page) + " -l " + std::to_string(page) + " " + f + " -").out;
    std::smatch m;
    REQUIRE(std::regex_search(html, m, std::regex("xMin=\"([0-9.]+)\"[^>]*>" + word + "<")));
    return std::stod(m[1]);
  };
  std::string flat = imposed(d, export_pdf::Duplex::short_edge);
  std::string crept = imposed(d, export_pdf::Duplex::short_edge, 2.0);
  const double two_mm = 2 * 72 / 25.4;
  // Outer sheet (PDF page 1): no shift. Inner sheet front (PDF page 3): 6 | 3.
  CHECK(word_x(crept, 1, "PAGE08") == Approx(word_x(flat, 1, "PAGE08")).margin(0.01));
  CHECK(word_x(crept, 3, "PAGE06") == Approx(word_x(flat, 3, "PAGE06") + two_mm).margin(0.05));
  CHECK(word_x(crept, 3, "PAGE03") == Approx(word_x(flat, 3, "PAGE03") - two_mm).margin(0.05));
}
