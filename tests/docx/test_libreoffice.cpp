// LibreOffice opens the handouts: its PDF says the model's text, the example
// takes 2-4 A4 pages (plus the notes page) and page 1 looks like the
// reference render.
#include <cmath>
#include <cstdlib>

#include <catch2/catch.hpp>

#include "docx/docx_support.h"
#include "docx/libreoffice.h"
#include "export/docx/docx.h"
#include "parse/parse.h"

using namespace docx_test;
using paiban::model::Article;

namespace {

Article example_article() {
  return paiban::parse::parse_file(PAIBAN_SOURCE_DIR "/examples/zhibu-2014-10-tianzhen.txt");
}

std::string joined(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

// The model's text in handout order, with the labels the handout adds.
std::string expected_text(const Article& a, const paiban::layout::LayoutSpec& layout,
                          const std::string& chinese_date) {
  std::vector<std::string> pieces = {a.title, a.subtitle};
  if (layout.handout.source_line) pieces.push_back("来源：《" + a.journal + "》" + a.issue + chinese_date);
  for (const auto& author : a.authors) pieces.push_back(author.role + author.name + joined(author.marks, ","));
  for (const auto& affiliation : a.affiliations) pieces.push_back(affiliation);
  if (!a.abstract.empty()) pieces.push_back("摘要：" + a.abstract);
  if (!a.keywords.empty()) pieces.push_back("关键词：" + joined(a.keywords, "；"));
  if (!a.abstract_en.empty()) pieces.push_back("Abstract: " + a.abstract_en);
  if (!a.keywords_en.empty()) pieces.push_back("Key words: " + joined(a.keywords_en, "; "));
  pieces.push_back(a.lead);
  std::vector<std::string> notes;
  std::string refs;
  for (const auto& b : a.blocks)
    for (const auto& r : b.runs)
      if (r.footnote_ref) refs += "|" + r.text + "|";
  for (const auto& b : a.blocks) {
    bool note = b.type == paiban::model::BlockType::footnote && refs.find("|" + b.label + "|") != std::string::npos;
    (note ? notes : pieces).push_back(b.text());
  }
  pieces.push_back("（责编：" + a.editor + "）");
  if (!a.related.empty()) pieces.push_back("相关阅读" + joined(a.related, ""));
  if (layout.handout.notes_lines > 0) pieces.push_back(layout.handout.notes_title);
  for (const auto& n : notes) pieces.push_back(n);
  return without_space(joined(pieces, ""));
}

// Drops every `第N页共M页` (std::regex trips a GCC 12 warning under ASan).
std::string without_folios(std::string text) {
  const std::string first = "第", mid = "页共", last = "页";
  auto digits = [&](std::size_t at) {
    std::size_t end = at;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
    return end;
  };
  for (std::size_t at = 0; (at = text.find(first, at)) != std::string::npos;) {
    std::size_t a = digits(at + first.size());
    bool folio = a > at + first.size() && text.compare(a, mid.size(), mid) == 0;
    std::size_t b = folio ? digits(a + mid.size()) : a;
    folio = folio && b > a + mid.size() && text.compare(b, last.size(), last) == 0;
    if (folio) text.erase(at, b + last.size() - at);
    else at += first.size();
  }
  return text;
}

// pdftotext output without the running header and the folio of every page.
std::string page_text(const std::string& pdf_text, const Article& a) {
  std::string text = without_space(pdf_text);
  std::string header = without_space(a.journal + a.issue);
  for (std::size_t at; (at = text.find(header)) != std::string::npos;) text.erase(at, header.size());
  return without_folios(text);
}

void check_same_text(const std::string& actual, const std::string& expected) {
  std::size_t i = 0;
  while (i < actual.size() && i < expected.size() && actual[i] == expected[i]) ++i;
  INFO("first difference at byte " << i << "\n  pdf:   " << actual.substr(i > 30 ? i - 30 : 0, 120)
                                   << "\n  model: " << expected.substr(i > 30 ? i - 30 : 0, 120));
  CHECK(actual == expected);
}

double mean_difference(const GrayImage& a, const GrayImage& b) {
  double sum = 0;
  for (std::size_t i = 0; i < a.pixels.size(); ++i) sum += std::abs(a.pixels[i] - b.pixels[i]);
  return sum / static_cast<double>(a.pixels.size());
}

}  // namespace

TEST_CASE("LibreOffice shows the sample handout's text, from the .docx and from the flat .xml") {
  LibreOffice office;
  Article article = sample_article();
  std::string expected = expected_text(article, handout_layout(), "2018年11月20日");

  write_file(office.folder() / "sample.docx", paiban::export_docx::write_docx(article, handout_layout()));
  PdfRender docx = office.to_pdf(office.folder() / "sample.docx");
  // The text fills most of page 1; the notes area, kept whole, goes on.
  CHECK(docx.pages == 2);
  check_same_text(page_text(docx.text, article), expected);
  CHECK(without_space(docx.text).find("第1页共2页") != std::string::npos);
  CHECK(without_space(docx.text).find("第2页共2页") != std::string::npos);

  std::string flat = paiban::export_docx::write_flat_xml(article, handout_layout());
  write_file(office.folder() / "flat.docx", package_from_flat_xml(flat));
  PdfRender from_flat = office.to_pdf(office.folder() / "flat.docx");
  CHECK(from_flat.text == docx.text);
}

TEST_CASE("the example handout: model text, 2-4 pages with its notes, page 1 as the reference") {
  LibreOffice office;
  Article article = example_article();
  const auto& layout = handout_layout();
  write_file(office.folder() / "handout.docx", paiban::export_docx::write_docx(article, layout));
  PdfRender render = office.to_pdf(office.folder() / "handout.docx");
  check_same_text(page_text(render.text, article), expected_text(article, layout, "2014年8月15日"));

  // The whole handout, notes area included, is a 2-4 page A4 document.
  CHECK(render.pages >= 2);
  CHECK(render.pages <= 4);
  CHECK(page_text(render.text, article).find("学习笔记") != std::string::npos);

  std::filesystem::path reference = PAIBAN_TESTS_DIR "/docx/reference/handout-p1.png";
  CommandResult png = run("pdftoppm -r 40 -png -f 1 -l 1 -singlefile " + shell_quoted(render.pdf.string()) + " " +
                          shell_quoted((office.folder() / "page1").string()));
  REQUIRE(png.status == 0);
  std::filesystem::path page1 = office.folder() / "page1.png";
  if (std::getenv("PAIBAN_UPDATE_REFERENCES")) std::filesystem::copy_file(page1, reference,
                                                   std::filesystem::copy_options::overwrite_existing);
  GrayImage actual = read_png(page1), expected = read_png(reference);
  REQUIRE(actual.width == expected.width);
  REQUIRE(actual.height == expected.height);
  double difference = mean_difference(actual, expected);
  INFO("mean gray difference " << difference);
  CHECK(difference < 2.0);
}
