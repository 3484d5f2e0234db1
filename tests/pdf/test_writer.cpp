// The PDF writer checked with independent tools: qpdf, poppler (pdffonts,
// pdftotext, pdfinfo) on documents shaped directly with HarfBuzz.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <future>
#include <fstream>
#include <regex>

#include <nlohmann/json.hpp>

#include "export/pdf/flate.h"
#include "export/pdf/font_subset.h"
#include "export/pdf/hpdf_builder.h"
#include "export/pdf/pdf_writer.h"
#include "model/error.h"
#include "pdf/pdf_test_support.h"

using namespace paiban;
using namespace paiban::test;

namespace {

std::string sample_pdf(const export_pdf::PdfOptions& options = {}) {
  export_pdf::PdfOptions o = options;
  if (!o.creation_time) o.creation_time = 1412121600;  // 2014-10-01T00:00:00Z
  return export_pdf::write_pdf(sample_document(), o);
}

}  // namespace

TEST_CASE("the writer is built against and runs with libharu 2.3.0", "[pdf]") {
  // hpdf_builder.cpp uses libharu internals known only for this version.
  CHECK(export_pdf::linked_libharu_version() == "2.3.0");
}

TEST_CASE("qpdf finds no structural error", "[pdf]") {
  TempDir dir;
  std::string file = dir.write("sample.pdf", sample_pdf());
  CommandResult r = run("qpdf --check " + file + " 2>&1");
  INFO(r.out);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("No syntax or stream encoding errors") != std::string::npos);
}

TEST_CASE("every face is embedded once, as a subset", "[pdf]") {
  TempDir dir;
  std::string file = dir.write("sample.pdf", sample_pdf());
  std::string out = run("pdffonts " + file).out;
  INFO(out);
  std::regex row(R"(([A-Z]{6})\+(\S+)\s+(CID Type 0C|CID TrueType)\s+Identity-H\s+(yes|no)\s+(yes|no)\s+(yes|no))");
  std::map<std::string, int> faces;
  for (std::sregex_iterator it(out.begin(), out.end(), row), end; it != end; ++it) {
    CHECK((*it)[4] == "yes");  // embedded
    CHECK((*it)[5] == "yes");  // subset
    CHECK((*it)[6] == "yes");  // ToUnicode
    ++faces[(*it)[2]];
  }
  CHECK(faces == std::map<std::string, int>{{"DejaVuSans", 1}, {"LXGWWenKai-Regular", 1},
                                            {"NotoSerifCJKsc-Regular-Identity-H", 1}});
}

TEST_CASE("the fonts are subsets, not whole faces", "[pdf]") {
  // Noto Serif CJK is 25 MB and LXGW WenKai 20 MB: a few dozen glyphs of each must stay small.
  CHECK(sample_pdf().size() < 60 * 1024);
}

TEST_CASE("pdftotext gives back the text character for character, beyond the BMP too", "[pdf]") {
  TempDir dir;
  std::string file = dir.write("sample.pdf", sample_pdf());
  std::vector<std::string> expected = sample_page_texts();
  for (int page = 1; page <= 2; ++page) {
    std::string text = run("pdftotext -enc UTF-8 -f " + std::to_string(page) + " -l " + std::to_string(page) +
                           " " + file + " -").out;
    CHECK(without_space(text) == without_space(expected[page - 1]));
  }
  CHECK(expected[0].find("𠮷") != std::string::npos);
}

namespace {

// The four numbers pdfinfo -box prints for `box` on page 1.
std::vector<double> box(const std::string& pdfinfo, const std::string& name) {
  std::smatch m;
  std::regex row(name + R"(:\s+([-0-9.]+)\s+([-0-9.]+)\s+([-0-9.]+)\s+([-0-9.]+))");
  if (!std::regex_search(pdfinfo, m, row)) return {};
  return {std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4])};
}

bool near(const std::vector<double>& got, const std::vector<double>& want) {
  if (got.size() != want.size()) return false;
  for (std::size_t i = 0; i < got.size(); ++i)
    if (std::abs(got[i] - want[i]) > 0.006) return false;
  return true;
}

}  // namespace

TEST_CASE("the boxes are exact: media includes bleed, trim is the page", "[pdf]") {
  TempDir dir;
  std::string plain = run("pdfinfo -box " + dir.write("a.pdf", sample_pdf())).out;
  INFO(plain);
  // A5 is 419.53 x 595.28 pt, the bleed 3 mm = 8.5 pt.
  CHECK(near(box(plain, "MediaBox"), {0, 0, 436.53, 612.28}));
  CHECK(near(box(plain, "TrimBox"), {8.5, 8.5, 428.03, 603.78}));
  CHECK(near(box(plain, "BleedBox"), {0, 0, 436.53, 612.28}));

  export_pdf::PdfOptions marks;
  marks.marks = true;
  std::string marked = run("pdfinfo -box " + dir.write("b.pdf", sample_pdf(marks))).out;
  INFO(marked);
  // An 8 mm band (22.68 pt) for the marks on every side.
  CHECK(near(box(marked, "MediaBox"), {0, 0, 481.88, 657.63}));
  CHECK(near(box(marked, "TrimBox"), {31.18, 31.18, 450.71, 626.46}));
  CHECK(near(box(marked, "BleedBox"), {22.68, 22.68, 459.21, 634.96}));
}

TEST_CASE("metadata: title, author, subject, keywords, creator, dates from the given time", "[pdf]") {
  TempDir dir;
  std::string info = run("TZ=UTC pdfinfo -isodates " + dir.write("a.pdf", sample_pdf())).out;
  INFO(info);
  CHECK(std::regex_search(info, std::regex("Title: +测试标题\n")));
  CHECK(std::regex_search(info, std::regex("Subject: +支部建设 2014年10期")));
  CHECK(std::regex_search(info, std::regex("Keywords: +组织部门;考核干部")));
  CHECK(std::regex_search(info, std::regex("Author: +姜荣")));
  CHECK(std::regex_search(info, std::regex("Creator: +paiban")));
  CHECK(std::regex_search(info, std::regex("CreationDate: +2014-10-01T00:00:00")));
  CHECK(std::regex_search(info, std::regex("Pages: +2")));
}

TEST_CASE("bookmarks, page labels and the open action are readable", "[pdf]") {
  TempDir dir;
  std::string file = dir.write("a.pdf", sample_pdf());
  auto json = nlohmann::json::parse(run("qpdf --json " + file).out);
  const auto& outlines = json.at("outlines");
  REQUIRE(outlines.size() == 1);
  CHECK(outlines[0].at("title") == "天镇县创新干部考核");
  CHECK(outlines[0].at("destpageposfrom1") == 1);
  REQUIRE(outlines[0].at("kids").size() == 1);  // the heading sits under the title
  CHECK(outlines[0]["kids"][0].at("title") == "二、完善考核结果运用");
  CHECK(outlines[0]["kids"][0].at("destpageposfrom1") == 2);
  const auto& labels = json.at("pagelabels");
  REQUIRE(labels.size() == 1);
  CHECK(labels[0]["label"].at("/S") == "/D");
  std::string root = run("qpdf --show-object=trailer " + file).out;
  std::smatch m;
  REQUIRE(std::regex_search(root, m, std::regex(R"(/Root (\d+) 0 R)")));
  std::string catalog = run("qpdf --show-object=" + m[1].str() + " " + file).out;
  INFO(catalog);
  CHECK(catalog.find("/PageMode /UseOutlines") != std::string::npos);
  REQUIRE(std::regex_search(catalog, m, std::regex(R"(/OpenAction (\d+) 0 R)")));
  std::string action = run("qpdf --show-object=" + m[1].str() + " " + file).out;
  std::string first_page = json.at("pages")[0].at("object");
  CHECK(action == "[ " + first_page + " /Fit ]\n");
}

TEST_CASE("identical input gives identical bytes", "[pdf]") {
  CHECK(sample_pdf() == sample_pdf());
  export_pdf::PdfOptions booklet;
  booklet.impose = export_pdf::Imposition::saddle;
  CHECK(sample_pdf(booklet) == sample_pdf(booklet));
  // And nothing time-dependent is written when no time is given.
  export_pdf::PdfOptions no_time;
  std::string a = export_pdf::write_pdf(sample_document(), no_time);
  CHECK(a.find("CreationDate") == std::string::npos);
  CHECK(a.find("/ID") == std::string::npos);
}

TEST_CASE("helper threads do not change a byte", "[pdf]") {
  for (auto impose : {export_pdf::Imposition::none, export_pdf::Imposition::saddle}) {
    export_pdf::PdfOptions threads, one_thread;
    threads.impose = one_thread.impose = impose;
    one_thread.threads = false;
    CHECK(sample_pdf(threads) == sample_pdf(one_thread));
  }
}

// The CLI flattens the paragraph face's likely glyphs while the layout runs
// (render_pipeline.cpp); a guess that misses glyphs or holds others, for the
// body face or for a face not in the document, must not change a byte.
TEST_CASE("charstrings flattened early do not change a byte", "[pdf]") {
  const layout::Document document = sample_document();
  const text::FaceInfo& serif = document.faces.at(0);
  REQUIRE(serif.path == noto_serif_sc().path);
  std::promise<std::optional<export_pdf::FlattenedCharstrings>> guess, other_face;
  // Glyphs 1 to 3000: a few of the sample's, and many it does not use.
  std::vector<uint32_t> gids(3001);
  for (uint32_t g = 0; g < gids.size(); ++g) gids[g] = g;
  guess.set_value(export_pdf::flatten_cid_keyed_glyphs(serif, gids));
  other_face.set_value(std::nullopt);
  auto guessed = guess.get_future().share();
  auto nothing = other_face.get_future().share();
  REQUIRE(guessed.get());
  for (auto impose : {export_pdf::Imposition::none, export_pdf::Imposition::saddle}) {
    export_pdf::PdfOptions early, plain;
    early.impose = plain.impose = impose;
    early.early.push_back({serif.path, serif.index, guessed});
    early.early.push_back({"/nonexistent.ttc", 0, nothing});
    CHECK(sample_pdf(early) == sample_pdf(plain));
  }
}

// write_pdf adds the fonts before their programs are made and writes the
// programs when they come; a program never written is a bug, not a PDF.
TEST_CASE("a font program may come after the font, but must come", "[pdf]") {
  export_pdf::EmbeddedFont font = export_pdf::subset_face(noto_serif_sc(), {1, 17});
  export_pdf::Deflated cmap{export_pdf::flate("/CIDInit")};
  export_pdf::Deflated program{export_pdf::flate(font.program, export_pdf::kFontFlateLevel)};
  {
    export_pdf::HpdfBuilder pdf;
    pdf.add_font(font, nullptr, cmap);
    CHECK_THROWS_AS(pdf.save(), Error);
  }
  export_pdf::HpdfBuilder later, at_once;
  export_pdf::ObjectHandle handle = later.add_font(font, nullptr, cmap);
  later.set_font_program(handle, program);
  CHECK_THROWS_AS(later.set_font_program(handle, program), Error);  // once only
  at_once.add_font(font, &program, cmap);
  CHECK(later.save() == at_once.save());
}

TEST_CASE("every stream is deflated, none left raw", "[pdf]") {
  TempDir dir;
  std::string file = dir.write("a.pdf", sample_pdf());
  // qpdf's JSON lists each stream's dictionary: all carry /FlateDecode.
  std::string json = "qpdf --json=1 --json-key=objects " + file;
  std::string streams = run(json + " | grep -c '\"/Length\"'").out;
  std::string deflated = run(json + " | grep -c '\"/Filter\": \"/FlateDecode\"'").out;
  CHECK(std::stoi(streams) > 5);
  CHECK(deflated == streams);
  CHECK(run("qpdf --check " + file + " >/dev/null && echo ok").out == "ok\n");
}

TEST_CASE("text is DeviceGray, never RGB", "[pdf]") {
  TempDir dir;
  std::string file = dir.write("a.pdf", sample_pdf());
  std::string content = run("qpdf --qdf --object-streams=disable " + file + " - | grep -a -E ' (rg|RG|k|K|g|G)$'").out;
  CHECK(content.find(" rg") == std::string::npos);
  CHECK(content.find(" RG") == std::string::npos);
  CHECK(content.find("0 g") != std::string::npos);
  CHECK(content.find("2 Tr") == std::string::npos);  // render mode is set on its own line
  std::string modes = run("qpdf --qdf --object-streams=disable " + file + " - | grep -a -c ' 2 Tr$'").out;
  CHECK(std::stoi(modes) == 2);  // two emboldened titles
}

TEST_CASE("bad documents are refused with an error, not a crash", "[pdf]") {
  layout::Document empty = a5_document({});
  CHECK_THROWS_AS(export_pdf::write_pdf(empty), Error);
  layout::Document bad_face = sample_document();
  bad_face.pages[0].runs[0].glyphs.face = 7;
  CHECK_THROWS_AS(export_pdf::write_pdf(bad_face), Error);
  layout::Document missing_font = sample_document();
  missing_font.faces[0].path = "/nonexistent/font.otf";
  try {
    export_pdf::write_pdf(missing_font);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::data);
    CHECK(std::string(e.what()).find("/nonexistent/font.otf") != std::string::npos);
  }
  layout::Document bad_glyph = sample_document();
  bad_glyph.pages[0].runs[0].glyphs.glyphs[0].gid = 900000;
  CHECK_THROWS_AS(export_pdf::write_pdf(bad_glyph), Error);
}

// Not run by default: `test_pdf "[.samples]"` with PAIBAN_PDF_SAMPLE_DIR set
// writes the sample documents there for inspection.
TEST_CASE("write sample PDFs for inspection", "[.samples]") {
  const char* dir = std::getenv("PAIBAN_PDF_SAMPLE_DIR");
  REQUIRE(dir);
  export_pdf::PdfOptions marks;
  marks.marks = true;
  export_pdf::PdfOptions booklet;
  booklet.impose = export_pdf::Imposition::saddle;
  booklet.marks = true;
  for (const auto& [name, options] : {std::pair{"sample.pdf", export_pdf::PdfOptions{}}, std::pair{"marks.pdf", marks},
                                      std::pair{"booklet.pdf", booklet}})
    std::ofstream(std::string(dir) + "/" + name, std::ios::binary) << sample_pdf(options);
}
