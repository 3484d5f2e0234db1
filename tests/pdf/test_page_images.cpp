// Page images in the PDF writer on its own: one XObject per file, whichever
// pages show it, in reader order and imposed; bad files are clean errors.
#include <catch2/catch.hpp>

#include <iterator>
#include <sstream>

#include "export/pdf/pdf_writer.h"
#include "model/error.h"
#include "pdf_test_support.h"

using namespace paiban;
using paiban::test::run;

namespace {

// pdftoppm turns the sample document's first page into a small PNG and JPEG.
void make_pictures(const test::TempDir& dir) {
  std::string sample = dir.write("sample.pdf", export_pdf::write_pdf(test::sample_document()));
  int status = -1;
  status = run("pdftoppm -png -f 1 -l 1 -singlefile -scale-to-x 20 -scale-to-y 10 " + sample + " " + dir.file("a")).exit_code;
  REQUIRE(status == 0);
  status = run("pdftoppm -jpeg -f 1 -l 1 -singlefile -scale-to-x 12 -scale-to-y 16 " + sample + " " + dir.file("b")).exit_code;
  REQUIRE(status == 0);
}

layout::Document three_pages(const std::string& png, const std::string& jpeg) {
  layout::Document d = test::a5_document({test::dejavu_sans()});
  d.pages.resize(3);
  d.pages[0].images.push_back({png, 20, 20, 200, 100});
  d.pages[1].images.push_back({jpeg, 20, 20, 100, 100});
  d.pages[2].images.push_back({png, 50, 300, 60, 60});
  return d;
}

// (page, object id) per image use, from `pdfimages -list`.
std::vector<std::pair<int, std::string>> uses(const std::string& pdf) {
  std::vector<std::pair<int, std::string>> out;
  std::istringstream lines(run("pdfimages -list " + pdf).out);
  for (std::string line; std::getline(lines, line);) {
    std::istringstream fields(line);
    std::vector<std::string> f{std::istream_iterator<std::string>(fields), {}};
    if (f.size() >= 11 && f[2] == "image") out.emplace_back(std::stoi(f[0]), f[10]);
  }
  return out;
}

int image_objects(const std::string& pdf) {
  return std::stoi(run("qpdf --qdf --object-streams=disable " + pdf + " - | grep -ac '/Subtype /Image'").out);
}

}  // namespace

TEST_CASE("an image on several pages is one XObject, in reader order and imposed", "[pdf][images]") {
  test::TempDir dir;
  make_pictures(dir);
  layout::Document d = three_pages(dir.file("a.png"), dir.file("b.jpg"));
  for (auto impose : {export_pdf::Imposition::none, export_pdf::Imposition::saddle}) {
    export_pdf::PdfOptions options;
    options.impose = impose;
    std::string pdf = dir.write("out.pdf", export_pdf::write_pdf(d, options));
    int status = -1;
    status = run("qpdf --check " + pdf + " >/dev/null 2>&1").exit_code;
    CHECK(status == 0);
    CHECK(image_objects(pdf) == 2);
    auto u = uses(pdf);
    REQUIRE(u.size() == 3);
    if (impose == export_pdf::Imposition::none) {
      CHECK(u[0].first == 1);
      CHECK(u[1].first == 2);
      CHECK(u[2].first == 3);
      CHECK(u[0].second == u[2].second);  // the PNG, both times
      CHECK(u[0].second != u[1].second);
    }
    CHECK(export_pdf::write_pdf(d, options) == export_pdf::write_pdf(d, options));
  }
}

TEST_CASE("a missing or undecodable image is an error naming the file", "[pdf][images]") {
  test::TempDir dir;
  layout::Document d = test::a5_document({test::dejavu_sans()});
  d.pages.resize(1);
  d.pages[0].images.push_back({dir.file("gone.png"), 0, 0, 10, 10});
  try {
    export_pdf::write_pdf(d);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::no_input);
    CHECK(std::string(e.what()).find("gone.png") != std::string::npos);
  }
  d.pages[0].images[0].path = dir.write("text.png", "not a picture at all");
  CHECK_THROWS_MATCHES(export_pdf::write_pdf(d), Error, Catch::Predicate<Error>([](const Error& e) {
                         return e.code() == ExitCode::data && std::string(e.what()).find("text.png") != std::string::npos;
                       }));
  // A PNG signature on a broken file: libharu's failure, reported as bad data.
  d.pages[0].images[0].path = dir.write("broken.png", std::string("\x89PNG\r\n\x1a\n", 8) + "garbage");
  CHECK_THROWS_MATCHES(export_pdf::write_pdf(d), Error, Catch::Predicate<Error>([](const Error& e) {
                         return e.code() == ExitCode::data && std::string(e.what()).find("broken.png") != std::string::npos;
                       }));
}
