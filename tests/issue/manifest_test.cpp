// The issue manifest reader: structure, path resolution, and errors that name
// the file, line and element.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "layout/issue/manifest.h"
#include "model/error.h"
#include "support/files.h"
#include "support/temp_dir.h"

using paiban::Error;
using paiban::ExitCode;
using paiban::layout::issue::Manifest;
using paiban::layout::issue::parse_manifest_xml;
using paiban::layout::issue::read_manifest;

namespace {

Manifest parse(const std::string& xml) { return parse_manifest_xml(xml, "m.xml", "/base/dir"); }

// The message of the Error that parsing XML throws, with its exit code.
std::string error_of(const std::string& xml, ExitCode expected = ExitCode::data) {
  try {
    parse(xml);
  } catch (const Error& e) {
    CHECK(e.code() == expected);
    return e.what();
  }
  FAIL("no error for: " << xml);
  return {};
}

}  // namespace

TEST_CASE("a manifest gives journal, issue, sections and articles in order") {
  Manifest m = parse(R"(<issue journal="支部建设" number="2014年10期" date="2014-10-01">
  <editor-note>编者按正文</editor-note>
  <cover image="img/cover.JPG"/>
  <section name="理论研究">
    <article src="a.txt"/>
    <article src="sub/b.txt"/>
  </section>
  <section name="基层实践"><article src="../c.txt"/></section>
</issue>)");
  CHECK(m.journal == "支部建设");
  CHECK(m.number == "2014年10期");
  CHECK(m.date == "2014-10-01");
  CHECK(m.editor_note == "编者按正文");
  CHECK(m.cover_image == "/base/dir/img/cover.JPG");
  CHECK(m.layout.empty());
  REQUIRE(m.sections.size() == 2);
  CHECK(m.sections[0].name == "理论研究");
  REQUIRE(m.sections[0].articles.size() == 2);
  CHECK(m.sections[0].articles[0].path == "/base/dir/a.txt");
  CHECK(m.sections[0].articles[1].path == "/base/dir/sub/b.txt");
  CHECK(m.sections[0].articles[1].as_written == "sub/b.txt");
  CHECK(m.sections[0].articles[1].line == 6);
  CHECK(m.sections[1].articles.at(0).path == "/base/c.txt");
  CHECK(m.article_count() == 3);
}

TEST_CASE("articles outside sections keep their place in unnamed sections") {
  Manifest m = parse(R"(<issue journal="J" number="N">
  <article src="a.txt"/><article src="b.txt"/>
  <section name="S"><article src="c.txt"/></section>
  <article src="/abs/d.txt"/>
</issue>)");
  REQUIRE(m.sections.size() == 3);
  CHECK(m.sections[0].name.empty());
  CHECK(m.sections[0].articles.size() == 2);
  CHECK(m.sections[1].name == "S");
  CHECK(m.sections[2].name.empty());
  CHECK(m.sections[2].articles.at(0).path == "/abs/d.txt");
}

TEST_CASE("a layout attribute is a shipped name or a path beside the manifest") {
  CHECK(parse(R"(<issue journal="J" number="N" layout="booklet-a5"><article src="a"/></issue>)").layout ==
        "booklet-a5");
  CHECK(parse(R"(<issue journal="J" number="N" layout="mine.xml"><article src="a"/></issue>)").layout ==
        "/base/dir/mine.xml");
}

TEST_CASE("manifest errors name the file, line and element") {
  CHECK_THAT(error_of("<issue journal='J' number='N'><article src='a'/>"),
             Catch::Contains("m.xml:") && Catch::Contains("not well-formed"));
  CHECK_THAT(error_of("<book/>"), Catch::Contains("root element must be <issue>"));
  CHECK_THAT(error_of("<issue number='N'><article src='a'/></issue>"),
             Catch::Contains("m.xml:1: <issue>: needs a non-empty 'journal'"));
  CHECK_THAT(error_of("<issue journal='J' number='N'>\n<chapter/></issue>"),
             Catch::Contains("m.xml:2: <chapter>: unknown element"));
  CHECK_THAT(error_of("<issue journal='J' number='N'>\n\n<article src='a' title='x'/></issue>"),
             Catch::Contains("m.xml:3: <article>: unknown attribute 'title'"));
  CHECK_THAT(error_of("<issue journal='J' number='N'><section name='S'><para/></section></issue>"),
             Catch::Contains("<para>: unknown element inside <section>"));
  CHECK_THAT(error_of("<issue journal='J' number='N'><section name='S'/></issue>"),
             Catch::Contains("section 'S' has no articles"));
  CHECK_THAT(error_of("<issue journal='J' number='N'><article src=' '/></issue>"),
             Catch::Contains("needs a non-empty 'src'"));
  CHECK_THAT(error_of("<issue journal='J' number='N'><cover image='c.gif'/><article src='a'/></issue>"),
             Catch::Contains("png, .jpg or .jpeg"));
  CHECK_THAT(error_of("<issue journal='J' number='N'></issue>"), Catch::Contains("has no articles"));
}

TEST_CASE("reading a manifest file resolves paths against its folder") {
  Manifest m = read_manifest(PAIBAN_SOURCE_DIR "/examples/issue/issue.xml");
  REQUIRE(m.sections.size() == 2);
  CHECK(m.sections[0].name == "理论研究");
  CHECK(m.sections[1].name == "基层实践");
  CHECK(m.article_count() == 6);
  CHECK(m.sections[1].articles.at(0).path == PAIBAN_SOURCE_DIR "/examples/zhibu-2014-10-tianzhen.txt");
  CHECK(m.layout == "issue-a4");
}

TEST_CASE("a manifest that cannot be read is a no-input error naming it") {
  try {
    read_manifest("/nonexistent/issue.xml");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::no_input);
    CHECK_THAT(std::string(e.what()), Catch::Contains("/nonexistent/issue.xml"));
  }
}

TEST_CASE("a cover image must be a readable PNG or JPEG") {
  namespace fs = std::filesystem;
  paiban::test::TempDir temp("paiban-manifest-test");
  const fs::path& dir = temp.path();
  auto write = [&](const std::string& name, const std::string& bytes) { paiban::test::write_file(dir / name, bytes); };
  auto manifest_with = [&](const std::string& image) {
    write("m.xml", "<issue journal='J' number='N'><cover image='" + image + "'/><article src='a.txt'/></issue>");
    return (dir / "m.xml").string();
  };
  write("good.png", std::string("\x89PNG\r\n\x1a\n") + "rest");
  write("good.jpg", "\xff\xd8\xff\xe0 rest");
  write("fake.png", "GIF89a rest");
  CHECK(read_manifest(manifest_with("good.png")).cover_image == (dir / "good.png").string());
  CHECK(read_manifest(manifest_with("good.jpg")).cover_image == (dir / "good.jpg").string());
  try {
    read_manifest(manifest_with("fake.png"));
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::data);
    CHECK_THAT(std::string(e.what()), Catch::Contains("fake.png") && Catch::Contains("neither PNG nor JPEG"));
  }
  try {
    read_manifest(manifest_with("none.jpg"));
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::no_input);
    CHECK_THAT(std::string(e.what()), Catch::Contains("none.jpg"));
  }
}
