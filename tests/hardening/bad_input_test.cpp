// Every encoding and corruption case of the input (shared format notes and
// the parser issue), through the command line: a good-but-odd file gives an
// article, a bad one a clear one-line message, exit 65 (66 when unreadable)
// and no output.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>

#include "hardening/harness.h"

using namespace hardening;
using namespace std::string_literals;  // "..."s keeps embedded NUL bytes

namespace {

const std::vector<std::string> kNoFiles;

std::string utf16(const std::string& utf8, bool big_endian) {
  // The example is BMP only: UTF-8 sequences of 1 to 3 bytes.
  std::string out = big_endian ? "\xFE\xFF" : "\xFF\xFE";
  for (std::size_t i = 0; i < utf8.size();) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    char32_t cp;
    if (c < 0x80) { cp = c; i += 1; }
    else if (c < 0xE0) { cp = (c & 0x1Fu) << 6 | (utf8[i + 1] & 0x3Fu); i += 2; }
    else { cp = (c & 0x0Fu) << 12 | (utf8[i + 1] & 0x3Fu) << 6 | (utf8[i + 2] & 0x3Fu); i += 3; }
    char hi = static_cast<char>(cp >> 8), lo = static_cast<char>(cp & 0xFF);
    out += big_endian ? std::string{hi, lo} : std::string{lo, hi};
  }
  return out;
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size()) s.replace(p, from.size(), to);
  return s;
}

struct Case {
  ScratchDir dir;
  Case() {
    fs::create_directory(dir / "in");
    fs::create_directory(dir / "out");
  }
  fs::path in(const std::string& name, const std::string& bytes) const {
    write_bytes(dir / "in" / name, bytes);
    return dir / "in" / name;
  }
  fs::path out() const { return dir / "out"; }
  Run parse(const fs::path& input, std::vector<std::string> extra = {}) const {
    std::vector<std::string> args{"parse", input.string(), "-o", (out() / "a.json").string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_cli(args);
  }
};

// The title the parser found, from the JSON it wrote.
std::string parsed_title(const Case& c) {
  std::string json = read_bytes(c.out() / "a.json");
  return json.find("组织工作要紧扣中心服务大局") != std::string::npos ? "组织工作要紧扣中心服务大局" : json.substr(0, 200);
}

}  // namespace

TEST_CASE("inputs that are not an article are refused with exit 65 and no output") {
  const std::vector<std::pair<std::string, std::string>> bad{
      {"empty", ""},
      {"blank lines only", "\n\r\n   \n\t\n"},
      {"BOM only", "\xEF\xBB\xBF"},
      {"UTF-16 BOM only", "\xFF\xFE"},
      {"NUL bytes only", std::string(4096, '\0')},
      {"PNG", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10"s + std::string(2000, '\x07')},
      {"ELF", "\x7f" "ELF\x02\x01\x01\0"s + std::string(3000, '\0') + "\x01\x02\xff\xfe"},
      {"a PDF given by mistake", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nstream\n\x9c\x01\x02\x03\xff\nendstream\n"},
      {"ZIP (a .docx)", "PK\x03\x04\x14\0\0\0\x08\0"s + std::string(500, '\xA5')},
  };
  for (const auto& [what, bytes] : bad) {
    SECTION(what) {
      Case c;
      Run r = c.parse(c.in("bad.txt", bytes));
      CHECK_CLEAN_FAILURE(r, 65, c.out(), kNoFiles);
      CHECK(r.err.find("bad.txt") != std::string::npos);  // the message names the file
    }
  }
}

TEST_CASE("an input over the size limit is refused before it is read whole") {
  Case c;
  Run r = c.parse(c.in("big.txt", example_article()), {"--max-bytes", "1000"});
  CHECK_CLEAN_FAILURE(r, 65, c.out(), kNoFiles);
}

TEST_CASE("a missing or unreadable input exits 66") {
  Case c;
  SECTION("missing") {
    Run r = c.parse(c.dir / "in" / "nope.txt");
    CHECK_CLEAN_FAILURE(r, 66, c.out(), kNoFiles);
  }
  SECTION("a folder") {
    Run r = c.parse(c.dir / "in");
    CHECK_CLEAN_FAILURE(r, 66, c.out(), kNoFiles);
  }
}

TEST_CASE("every encoding and line end of the same article gives the same article") {
  const std::string utf8 = example_article();
  const std::vector<std::pair<std::string, std::string>> good{
      {"UTF-8", utf8},
      {"UTF-8 with BOM", "\xEF\xBB\xBF" + utf8},
      {"UTF-16 LE with BOM", utf16(utf8, false)},
      {"UTF-16 BE with BOM", utf16(utf8, true)},
      {"CRLF", replace_all(utf8, "\n", "\r\n")},
      {"CR", replace_all(utf8, "\n", "\r")},
      {"pasted twice", utf8 + "\n" + utf8},
      {"every line indented by 8 spaces", "        " + replace_all(utf8, "\n", "\n        ")},
  };
  for (const auto& [what, bytes] : good) {
    SECTION(what) {
      Case c;
      Run r = c.parse(c.in("a.txt", bytes));
      INFO(r.err);
      REQUIRE(r.exit_code == 0);
      CHECK(parsed_title(c) == "组织工作要紧扣中心服务大局");
    }
  }
}

TEST_CASE("GB18030 is recognised by content") {
  // 组织工作要紧扣中心服务大局 and two paragraphs, GB18030 bytes (same as GBK here).
  const std::string title = "\xD7\xE9\xD6\xAF\xB9\xA4\xD7\xF7\xD2\xAA\xBD\xF4\xBF\xDB\xD6\xD0\xD0\xC4\xB7\xFE\xCE\xF1\xB4\xF3\xBE\xD6";
  const std::string para = "\xCE\xA7\xC8\xC6\xD6\xD0\xD0\xC4\xA1\xA2\xB7\xFE\xCE\xF1\xB4\xF3\xBE\xD6\xBF\xAA\xD5\xB9\xD7\xE9\xD6\xAF\xB9\xA4\xD7\xF7\xCA\xC7\xB5\xB3\xB5\xC4\xBD\xA8\xC9\xE8\xB5\xC4\xD2\xBB\xCC\xF5\xBB\xF9\xB1\xBE\xBE\xAD\xD1\xE9\xA1\xA3";
  Case c;
  Run r = c.parse(c.in("gbk.txt", title + "\r\n\r\n" + para + "\r\n\r\n" + para + para + "\r\n"));
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(parsed_title(c) == "组织工作要紧扣中心服务大局");
}

TEST_CASE("a file cut inside a multi-byte character keeps what decodes and says so") {
  const std::string utf8 = example_article();
  std::size_t cut = utf8.find("当前,天镇县") + 1;  // inside the 3-byte 当
  Case c;
  write_bytes(c.dir / "in" / "cut.txt", utf8.substr(0, cut));
  Run r = run_cli({"lint", (c.dir / "in" / "cut.txt").string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("cut.txt:") != std::string::npos);  // a diagnostic names the truncation
  Run p = c.parse(c.dir / "in" / "cut.txt");
  CHECK(p.exit_code == 0);
  CHECK(parsed_title(c) == "组织工作要紧扣中心服务大局");
}

TEST_CASE("stray NUL and undecodable bytes inside an article never crash") {
  std::string utf8 = example_article();
  const std::vector<std::pair<std::string, std::string>> odd{
      {"NUL in a paragraph", utf8.substr(0, 600) + std::string(3, '\0') + utf8.substr(600)},
      {"invalid UTF-8 byte", utf8.substr(0, 600) + "\xFF\xFE\xC0\x80" + utf8.substr(600)},
      {"odd-length UTF-16", utf16(utf8, false) + "\x41"},
      {"unpaired surrogate in UTF-16", utf16(utf8.substr(0, 300), false) + "\x00\xD8\x41\x00"s},
      {"mixed GB18030 and UTF-8", utf8.substr(0, 300) + "\xD7\xE9\xD6\xAF" + utf8.substr(300)},
  };
  for (const auto& [what, bytes] : odd) {
    SECTION(what) {
      Case c;
      Run r = c.parse(c.in("odd.txt", bytes));
      INFO(r.err);
      REQUIRE((r.exit_code == 0 || r.exit_code == 65));
      if (r.exit_code == 65) CHECK_CLEAN_FAILURE(r, 65, c.out(), kNoFiles);
    }
  }
}

TEST_CASE("random corruptions of the example: an article or a clean refusal, nothing else") {
  // A deterministic mini-fuzz through the real binary: byte flips, cuts and
  // splices. The libFuzzer target goes much further; this keeps CI honest
  // about exit codes and messages.
  const std::string utf8 = example_article();
  std::mt19937 rng(8);
  Case c;
  for (int i = 0; i < 60; ++i) {
    std::string bytes = utf8;
    std::uniform_int_distribution<std::size_t> pos(0, bytes.size() - 1);
    switch (i % 4) {
      case 0: for (int k = 0; k < 40; ++k) bytes[pos(rng)] = static_cast<char>(rng()); break;
      case 1: bytes.resize(pos(rng)); break;
      case 2: bytes.insert(pos(rng), std::string(1 + rng() % 64, static_cast<char>(rng()))); break;
      default: bytes = utf16(utf8.substr(0, 2000), true); bytes[pos(rng) % bytes.size()] ^= 0x5A; break;
    }
    fs::path in = c.in("m.txt", bytes);
    Run r = c.parse(in);
    INFO("case " << i << ": " << r.err);
    REQUIRE((r.exit_code == 0 || r.exit_code == 65));
    if (r.exit_code == 65) CHECK_CLEAN_FAILURE(r, 65, c.out(), kNoFiles);
    fs::remove(c.out() / "a.json");
  }
}
