// The structural check of font files: damaged files (cut short, a table past
// the end, not a font, a collection with a bad face offset) are refused with
// exit 65 and a message naming the file; every installed face the roles use
// passes.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "model/error.h"
#include "text/font_file_check.h"
#include "text_fixtures.h"

using namespace paiban;
using namespace paiban::text;
using paiban::text::testing::catalog;
using paiban::text::testing::read_file;

namespace {

const std::string kPath = "/fonts/damaged.ttf";

// A small real TrueType font (DejaVu Serif's Latin), 8 tables.
std::string latin_font() { return read_file(PAIBAN_TESTS_DIR "/hardening/data/paiban-latin.ttf"); }

std::uint32_t get_u32(const std::string& bytes, std::size_t at) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < 4; ++i) v = v << 8 | static_cast<std::uint8_t>(bytes.at(at + i));
  return v;
}

void put_u32(std::string& bytes, std::size_t at, std::uint32_t v) {
  for (std::size_t i = 0; i < 4; ++i) bytes.at(at + i) = static_cast<char>(v >> (24 - 8 * i));
}

// Where the table record of `tag` starts in a single font's directory.
std::size_t record_of(const std::string& font, const std::string& tag) {
  std::size_t count = static_cast<std::uint8_t>(font.at(4)) << 8 | static_cast<std::uint8_t>(font.at(5));
  for (std::size_t i = 0; i < count; ++i)
    if (font.compare(12 + 16 * i, 4, tag) == 0) return 12 + 16 * i;
  FAIL("no table " << tag);
  return 0;
}

// The message of the error `check_font_file` throws; fails when it returns.
std::string refusal(const std::string& bytes, unsigned index = 0) {
  try {
    check_font_file(bytes, index, kPath);
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::data);
    std::string message = e.what();
    CHECK(message.rfind("font file " + kPath + " is damaged: ", 0) == 0);
    return message;
  }
  FAIL("accepted");
  return "";
}

// A collection header holding `faces` face offsets, followed by `tail`.
std::string collection(std::uint32_t faces, std::uint32_t first_offset, const std::string& tail) {
  std::string ttc = "ttcf";
  ttc += std::string("\0\1\0\0", 4);
  ttc += std::string(4 + 4 * faces, '\0');
  put_u32(ttc, 8, faces);
  for (std::uint32_t i = 0; i < faces; ++i) put_u32(ttc, 12 + 4 * i, first_offset);
  return ttc + tail;
}

}  // namespace

TEST_CASE("an intact TrueType font passes the check") { CHECK_NOTHROW(check_font_file(latin_font(), 0, kPath)); }

TEST_CASE("every face of the installed fonts the roles use passes the check") {
  // The catalog checks each face it loads; loading it at all is the test.
  REQUIRE(catalog().faces().size() >= 4);
  for (const FaceInfo& face : catalog().faces()) {
    INFO(face.path << " #" << face.index);
    CHECK_NOTHROW(check_font_file(read_file(face.path), face.index, face.path));
  }
}

TEST_CASE("a font file cut anywhere is refused") {
  const std::string font = latin_font();
  for (std::size_t size : {std::size_t(0), std::size_t(3), std::size_t(11), std::size_t(40), std::size_t(140),
                           std::size_t(600), std::size_t(8692), font.size() / 2, font.size() - 1}) {
    INFO("cut at " << size);
    refusal(font.substr(0, size));
  }
}

TEST_CASE("a table record pointing past the end of the file is refused") {
  std::string font = latin_font();
  put_u32(font, record_of(font, "hmtx") + 12, 0x7FFFFFF0);
  CHECK(refusal(font).find("'hmtx'") != std::string::npos);
  font = latin_font();
  put_u32(font, record_of(font, "cmap") + 8, 0xFFFFFFFF);
  CHECK(refusal(font).find("'cmap'") != std::string::npos);
}

TEST_CASE("a font without a table outlines need is refused") {
  for (std::string tag : {"cmap", "head", "hmtx", "loca", "glyf"}) {
    std::string font = latin_font();
    font.replace(record_of(font, tag), 1, "x");
    INFO(tag);
    CHECK(refusal(font).find("missing") != std::string::npos);
  }
}

TEST_CASE("loca pointing past the end of glyf is refused") {
  std::string font = latin_font();
  std::size_t glyf = record_of(font, "glyf");
  put_u32(font, glyf + 12, get_u32(font, glyf + 12) / 2);  // inside the file, but too short for loca
  CHECK(refusal(font).find("glyf") != std::string::npos);
}

TEST_CASE("a file that is not a font is refused") {
  CHECK(refusal("this is not a font, whatever its name says\n").find("not a TrueType or OpenType font") !=
        std::string::npos);
  refusal("\x89PNG\r\n\x1a\n" + std::string(300, '\0'));
  refusal(std::string("\0\1\0\0", 4) + std::string(8, '\0'));  // an sfnt header with no tables
}

TEST_CASE("a collection with a bad face offset is refused") {
  const std::string font = latin_font();
  SECTION("the offset points past the end") { refusal(collection(1, 0x00FFFFFF, font)); }
  SECTION("the offset points at something else") { refusal(collection(1, 2, font)); }
  SECTION("the face index is beyond the collection") {
    CHECK(refusal(collection(1, 16, font), 3).find("collection of 1") != std::string::npos);
  }
  SECTION("the header is cut inside the face offsets") { refusal(collection(4, 16, "").substr(0, 18)); }
}

TEST_CASE("a single font asked for a face other than 0 is refused") { refusal(latin_font(), 1); }
