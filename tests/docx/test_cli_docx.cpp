// `paiban render FILE -o X.docx|X.xml [--layout …] [--flat]` end to end.
#include <catch2/catch.hpp>

#include "docx/docx_support.h"

using namespace docx_test;

namespace {

const std::string kExample = PAIBAN_SOURCE_DIR "/examples/zhibu-2014-10-tianzhen.txt";

CommandResult render(const std::string& output, const std::string& extra = {},
                     const std::string& env = "SOURCE_DATE_EPOCH=1414800000") {
  return run("env " + env + " " + shell_quoted(PAIBAN_CLI) + " render " + shell_quoted(kExample) + " -o " +
             shell_quoted(output) + " " + extra + " 2>&1");
}

std::string core_created(const std::string& docx) {
  auto core = parse_xml(entry(docx, "docProps/core.xml"));
  return core->RootElement()->FirstChildElement("dcterms:created")->GetText();
}

}  // namespace

TEST_CASE("render writes a .docx with the handout layout and SOURCE_DATE_EPOCH dates") {
  TempDir dir;
  std::string path = (dir.path() / "handout.docx").string();
  CommandResult r = render(path);
  INFO(r.output);
  REQUIRE(r.status == 0);
  std::string docx = read_file(path);
  CHECK(docx.compare(0, 4, "PK\x03\x04") == 0);
  CHECK(core_created(docx) == "2014-11-01T00:00:00Z");
  auto doc = parse_xml(entry(docx, "word/document.xml"));
  auto* size = descendants(doc->RootElement(), "w:pgSz").at(0);
  CHECK(std::string(size->Attribute("w:w")) == "11906");  // handout-a4 by default

  SECTION("the same command writes the same bytes") {
    std::string again = (dir.path() / "again.docx").string();
    REQUIRE(render(again).status == 0);
    CHECK(read_file(again) == docx);
  }
  SECTION("another layout gives another page size") {
    std::string a5 = (dir.path() / "a5.docx").string();
    REQUIRE(render(a5, "--layout booklet-a5").status == 0);
    auto d = parse_xml(entry(read_file(a5), "word/document.xml"));
    CHECK(std::string(descendants(d->RootElement(), "w:pgSz").at(0)->Attribute("w:w")) == "8391");
  }
}

TEST_CASE("render writes Flat OPC for .xml and for --flat") {
  TempDir dir;
  std::string xml = (dir.path() / "handout.xml").string();
  REQUIRE(render(xml).status == 0);
  auto flat = parse_xml(read_file(xml));
  CHECK(std::string(flat->RootElement()->Name()) == "pkg:package");

  std::string forced = (dir.path() / "forced.docx").string();
  REQUIRE(render(forced, "--flat").status == 0);
  CHECK(read_file(forced) == read_file(xml));
}

TEST_CASE("render refuses a SOURCE_DATE_EPOCH that is not a number") {
  TempDir dir;
  std::string path = (dir.path() / "bad.docx").string();
  CommandResult r = render(path, {}, "SOURCE_DATE_EPOCH=yesterday");
  CHECK(r.status == 2);
  CHECK(r.output.find("SOURCE_DATE_EPOCH") != std::string::npos);
  CHECK(!std::filesystem::exists(path));
}
