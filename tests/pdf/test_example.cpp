// The example article through the whole pipeline: parse -> layout -> PDF, in
// process and through `paiban render`.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <regex>
#include <set>

#include "export/pdf/pdf_writer.h"
#include "layout/layout_article.h"
#include "parse/parse.h"
#include "pdf/pdf_test_support.h"

using namespace paiban;
using namespace paiban::test;

namespace {

const std::string kExample = PAIBAN_SOURCE_DIR "/examples/zhibu-2014-10-tianzhen.txt";

struct Example {
  model::Article article;
  layout::Document document;
  std::string pdf;
};

const Example& example() {
  static const Example e = [] {
    Example x;
    x.article = parse::parse_file(kExample);
    auto fonts = text::FontCatalog::load();
    x.document = layout::layout_article(x.article, layout::load_layout("booklet-a5"), *fonts);
    export_pdf::PdfOptions options;
    options.creation_time = 1412121600;
    x.pdf = export_pdf::write_pdf(x.document, options);
    return x;
  }();
  return e;
}

bool is_running_text(const layout::Page& page, const layout::PageRun& run) {
  for (const layout::LineRecord& line : page.lines)
    if ((line.block == "header" || line.block == "folio") && std::abs(line.y - run.y) < 0.01f) return true;
  return false;
}

std::string cli(const std::string& args, int* status) {
  CommandResult r = run("SOURCE_DATE_EPOCH=1412121600 " PAIBAN_CLI " " + args + " 2>&1");
  *status = r.exit_code;
  return r.out;
}

}  // namespace

TEST_CASE("example article: booklet-a5 PDF is clean, embedded, subset and under 200 KB", "[pdf][example]") {
  const Example& e = example();
  CHECK(e.pdf.size() < 200 * 1024);
  TempDir dir;
  std::string file = dir.write("example.pdf", e.pdf);
  int status = -1;
  status = run("qpdf --check " + file + " >/dev/null 2>&1").exit_code;
  CHECK(status == 0);
  std::string fonts = run("pdffonts " + file).out;
  INFO(fonts);
  std::regex row(R"(\n[A-Z]{6}\+(\S+)\s+CID (Type 0C|TrueType)\s+Identity-H\s+yes\s+yes\s+yes)");
  std::set<std::string> faces;
  std::size_t rows = 0;
  for (std::sregex_iterator it(fonts.begin(), fonts.end(), row), end; it != end; ++it, ++rows) faces.insert((*it)[1]);
  CHECK(rows == static_cast<std::size_t>(std::count(fonts.begin(), fonts.end(), '\n') - 2));
  CHECK(faces.size() == rows);  // each face once
}

TEST_CASE("example article: every page gives back its text exactly", "[pdf][example]") {
  const Example& e = example();
  TempDir dir;
  std::string file = dir.write("example.pdf", e.pdf);
  std::string body;
  for (std::size_t p = 0; p < e.document.pages.size(); ++p) {
    std::string expected;
    for (const layout::PageRun& run : e.document.pages[p].runs) {
      expected += run.text;
      if (!is_running_text(e.document.pages[p], run)) body += run.text;
    }
    std::string n = std::to_string(p + 1);
    std::string got = run("pdftotext -raw -enc UTF-8 -f " + n + " -l " + n + " " + file + " -").out;
    INFO("page " << n);
    CHECK(without_space(got) == without_space(expected));
  }
  // And the model's paragraphs are all there, in order, whitespace aside.
  std::string flat = without_space(body);
  std::size_t at = 0;
  for (const model::Block& block : e.article.blocks) {
    std::string text = without_space(block.text());
    if (text.empty()) continue;
    std::size_t found = flat.find(text, at);
    INFO(block.text());
    CHECK(found != std::string::npos);
    if (found != std::string::npos) at = found + text.size();
  }
}

TEST_CASE("paiban render writes the same PDF bytes twice and boxes every page", "[pdf][example][cli]") {
  TempDir dir;
  int status = -1;
  std::string out = cli("render " + kExample + " -o " + dir.file("a.pdf"), &status);
  INFO(out);
  REQUIRE(status == 0);
  cli("render " + kExample + " -o " + dir.file("b.pdf"), &status);
  CHECK(read_file(dir.file("a.pdf")) == read_file(dir.file("b.pdf")));
  std::string boxes = run("pdfinfo -box -f 1 -l 100 " + dir.file("a.pdf")).out;
  CHECK(std::regex_search(boxes, std::regex(R"(Page +1 TrimBox:\s+8\.50\s+8\.50\s+428\.03\s+603\.78)")));
  CHECK(std::regex_search(run("TZ=UTC pdfinfo -isodates " + dir.file("a.pdf")).out,
                          std::regex("CreationDate: +2014-10-01T00:00:00")));
}

TEST_CASE("paiban render --impose saddle --marks gives booklet sheets", "[pdf][example][cli]") {
  TempDir dir;
  int status = -1;
  std::string out = cli("render " + kExample + " -o " + dir.file("s.pdf") + " --impose saddle --marks --creep 0.5", &status);
  INFO(out);
  REQUIRE(status == 0);
  int pages = static_cast<int>(example().document.pages.size());
  std::string info = run("pdfinfo " + dir.file("s.pdf")).out;
  CHECK(std::regex_search(info, std::regex("Pages: +" + std::to_string((pages + 3) / 4 * 2) + "\n")));
  status = run("qpdf --check " + dir.file("s.pdf") + " >/dev/null 2>&1").exit_code;
  CHECK(status == 0);
}

TEST_CASE("paiban render refuses bad requests with the documented exit codes", "[pdf][cli]") {
  TempDir dir;
  int status = -1;
  std::string out = cli("render /nonexistent/a.txt -o " + dir.file("a.pdf"), &status);
  CHECK(status == 66);
  out = cli("render " + kExample + " -o " + dir.file("a.odt"), &status);
  CHECK(status == 2);
  CHECK(out.find("a.odt") != std::string::npos);
  out = cli("render " + kExample + " -o " + dir.file("a.pdf") + " --creep 1", &status);
  CHECK(status == 2);
  out = cli("render " + kExample + " -o " + dir.file("a.json") + " --marks", &status);
  CHECK(status == 2);
  out = cli("render " + kExample + " -o " + dir.file("a.pdf") + " --impose booklet", &status);
  CHECK(status == 2);
  out = cli("render " + kExample + " -o " + dir.file("a.pdf") + " --layout " + dir.file("missing.xml"), &status);
  CHECK(status != 0);
  CHECK(out.find("missing.xml") != std::string::npos);
  // A folder of our own that does not exist: a fixed path like /nonexistent-dir
  // may be created by anything else running on the machine.
  out = cli("render " + kExample + " -o " + dir.file("no-such-folder/a.pdf"), &status);
  CHECK(status == 73);
}
