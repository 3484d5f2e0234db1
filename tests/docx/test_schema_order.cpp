// Word refuses documents whose property children are out of schema order.
#include <catch2/catch.hpp>

#include "docx/docx_support.h"
#include "docx/schema_order.h"
#include "export/docx/docx.h"

using namespace docx_test;

TEST_CASE("the order checker catches what it is meant to catch") {
  auto bad = parse_xml(
      R"(<w:document xmlns:w="x"><w:body><w:p><w:pPr><w:jc w:val="both"/><w:ind/></w:pPr>)"
      R"(<w:r><w:t>a</w:t><w:rPr/></w:r></w:p><w:sectPr><w:pgMar/><w:pgSz/><w:bogus/></w:sectPr>)"
      R"(</w:body></w:document>)");
  auto problems = schema_order_problems(bad->RootElement());
  CHECK(problems == std::vector<std::string>{"w:pPr: w:ind after w:jc", "w:r: w:rPr after w:t",
                                             "w:sectPr: w:pgSz after w:pgMar",
                                             "w:sectPr: unexpected child w:bogus"});
  auto good = parse_xml(
      R"(<w:p xmlns:w="x"><w:pPr><w:pStyle/><w:keepNext/><w:spacing/><w:ind/><w:jc/></w:pPr></w:p>)");
  CHECK(schema_order_problems(good->RootElement()).empty());
}

TEST_CASE("every emitted w:pPr, w:rPr, w:sectPr, w:style and settings child is in schema order") {
  std::string docx = paiban::export_docx::write_docx(sample_article(), handout_layout());
  int checked = 0;
  for (auto& [name, bytes] : unzip(docx)) {
    if (name.rfind("word/", 0) != 0 || name.find("_rels") != std::string::npos) continue;
    INFO(name);
    auto doc = parse_xml(bytes);
    CHECK(schema_order_problems(doc->RootElement()) == std::vector<std::string>{});
    checked += checked_element_count(doc->RootElement());
  }
  CHECK(checked > 200);  // the styles alone have far more than that
}
