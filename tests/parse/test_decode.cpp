// Decoding: BOMs, UTF-16, GB18030 by content, line ends, damage, refusals.
#include <catch2/catch.hpp>

#include "model/error.h"
#include "parse/decode.h"
#include "parse_test_support.h"

using namespace paiban;

namespace {

const char* const kTitle = "从组织部门的“五个一”看优良部风";

void check_same_article(const model::Article& a) {
  CHECK(a.title == kTitle);
  CHECK(a.date == "2018-11-20");
  CHECK(a.issue == "2018年11期");
  REQUIRE(a.blocks.size() == 2);
  CHECK(a.blocks[1].text() == "组织部门要做到“五个一”，一颗公心、一身正气。");
}

ExitCode code_of(const std::string& bytes, parse::ParseOptions options = {}) {
  try {
    parse::parse_bytes(bytes, "in.txt", options);
  } catch (const Error& e) {
    CHECK(std::string(e.what()).rfind("in.txt: ", 0) == 0);
    return e.code();
  }
  return ExitCode::ok;
}

}  // namespace

TEST_CASE("decode: every encoding of the same article gives the same model", "[decode]") {
  for (const char* name : {"enc-gb18030.txt", "enc-utf16le-bom.txt", "enc-utf16be-bom.txt", "enc-utf8-bom-crlf.txt",
                           "enc-cr-only.txt"}) {
    INFO(name);
    model::Article a = test::parse_input(name);
    check_same_article(a);
    CHECK(a.diagnostics.empty());
  }
}

TEST_CASE("decode: the encoding is named", "[decode]") {
  CHECK(parse::decode_text(test::read_file(test::input_path("enc-gb18030.txt")), "x", 1 << 20).encoding == "GB18030");
  CHECK(parse::decode_text(test::read_file(test::input_path("enc-utf16le-bom.txt")), "x", 1 << 20).encoding ==
        "UTF-16LE");
  CHECK(parse::decode_text("\xEF\xBB\xBF中文", "x", 1 << 20).text == "中文");
  CHECK(parse::decode_text("a\r\nb\rc\n", "x", 1 << 20).text == "a\nb\nc\n");
}

TEST_CASE("decode: a file cut inside a character keeps what decodes and says so", "[decode]") {
  for (const char* name : {"enc-truncated-utf8.txt", "enc-truncated-gb18030.txt"}) {
    INFO(name);
    model::Article a = test::parse_input(name);
    CHECK(a.blocks.back().text() == "组织部门要做到“五个一”，一颗公心、一身正气");
    bool reported = false;
    for (const model::Diagnostic& d : a.diagnostics)
      reported = reported || (d.message.find("truncated") != std::string::npos && d.line == 9);
    CHECK(reported);
  }
}

TEST_CASE("decode: stray invalid bytes are dropped and reported on their line", "[decode]") {
  model::Article a = test::parse_input("enc-invalid-bytes.txt");
  check_same_article(a);
  REQUIRE(a.diagnostics.size() == 1);
  CHECK(a.diagnostics[0].line == 6);
  CHECK(a.diagnostics[0].message.find("invalid") != std::string::npos);
}

TEST_CASE("decode: UTF-16 cut between bytes", "[decode]") {
  std::string bytes = "\xFF\xFE";
  bytes += std::string("\x2D\x4E\x87\x65\x0A\x00\x2D", 7);  // 中文\n + half a unit
  parse::Decoded d = parse::decode_text(bytes, "x", 1 << 20);
  CHECK(d.text == "中文\n");
  REQUIRE(d.diagnostics.size() == 1);
  CHECK(d.diagnostics[0].message.find("truncated") != std::string::npos);
}

TEST_CASE("decode: what is not an article is refused with exit 65", "[decode]") {
  CHECK(code_of("") == ExitCode::data);
  CHECK(code_of(" \n\n\t\r\n") == ExitCode::data);
  CHECK(code_of(std::string("中文\0中文", 8)) == ExitCode::data);
  CHECK(code_of("Only English here, nothing else.\n") == ExitCode::data);
  CHECK(code_of("\x89PNG\r\n\x1a\n\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12") == ExitCode::data);
  std::string many(200, 'a');
  CHECK(code_of("中文" + many, {100}) == ExitCode::data);
  CHECK(code_of("中文标题\n正文。\n") == ExitCode::ok);
}

TEST_CASE("decode: messages say what is wrong", "[decode]") {
  auto message = [](const std::string& bytes) {
    try {
      parse::parse_bytes(bytes, "f.txt", {64});
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  CHECK(message("") == "f.txt: empty file");
  CHECK(message(std::string("ab\0c", 4)) == "f.txt: binary data (NUL bytes), not text");
  CHECK(message("plain words") == "f.txt: no Chinese text, not an article");
  CHECK(message(std::string(65, 'x')).find("too large") != std::string::npos);
}

TEST_CASE("decode: a missing file is exit 66 naming the file", "[decode]") {
  try {
    parse::parse_file("/nonexistent/dir/article.txt");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::no_input);
    CHECK(std::string(e.what()).rfind("/nonexistent/dir/article.txt: ", 0) == 0);
  }
}

TEST_CASE("decode: mojibake characters are reported", "[decode]") {
  model::Article a = test::parse_text("标题\n\n正文里有锟斤拷这样的字。\n\nç»„ç»‡工作。\n");
  auto warnings = test::messages(a, model::Severity::warning);
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0].rfind("3: characters look like mojibake", 0) == 0);
  CHECK(warnings[1].rfind("5: characters look like mojibake", 0) == 0);
}
