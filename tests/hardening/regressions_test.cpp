// Every input a fuzzer ever crashed on (fuzz/regressions/<target>/), replayed
// through the same entry points in the normal build, so that a fixed bug stays
// fixed in CI (and under the sanitizer build) without clang or libFuzzer.
#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <map>
#include <string>

#include "fuzz/targets.h"
#include "hardening/harness.h"

namespace fs = std::filesystem;

TEST_CASE("kept fuzzer crash inputs no longer crash") {
  const std::map<std::string, std::function<void(std::string_view)>> targets{
      {"parse", paiban::fuzz::parse_one},
      {"layout_xml", paiban::fuzz::layout_xml_one},
      {"font", paiban::fuzz::font_one},
  };
  const fs::path root = fs::path(PAIBAN_SOURCE_DIR) / "fuzz" / "regressions";
  for (const auto& [target, one] : targets) {
    REQUIRE(fs::is_directory(root / target));
    for (const auto& entry : fs::directory_iterator(root / target)) {
      if (entry.path().filename().string().front() == '.') continue;
      INFO(target << ": " << entry.path().filename().string());
      CHECK_NOTHROW(one(hardening::read_bytes(entry.path())));
    }
  }
}

TEST_CASE("kept render crash inputs: an output or a clean refusal through paiban render") {
  // fuzz_render runs cli::render_article in memory; the same article through
  // the command line exercises that code with the real output writer.
  const fs::path dir = fs::path(PAIBAN_SOURCE_DIR) / "fuzz" / "regressions" / "render";
  REQUIRE(fs::is_directory(dir));
  hardening::ScratchDir out;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().filename().string().front() == '.') continue;
    for (const char* name : {"a.pdf", "a.docx"}) {
      hardening::Run r = hardening::run_cli({"render", entry.path().string(), "-o", (out / name).string()});
      INFO(entry.path().filename().string() << " -> " << name << ": " << r.err);
      CHECK((r.exit_code == 0 || r.exit_code == 65));
    }
  }
}

TEST_CASE("the seed corpora go through every entry point") {
  // The seeds are real files (the example in every encoding, the shipped
  // layouts, small real fonts): a cheap check that the fuzz harness itself
  // still compiles against the current interfaces and accepts good input.
  const fs::path root = fs::path(PAIBAN_SOURCE_DIR) / "fuzz" / "corpus";
  std::size_t seen = 0;
  for (const char* target : {"parse", "layout_xml", "font"})
    for (const auto& entry : fs::directory_iterator(root / target)) {
      std::string bytes = hardening::read_bytes(entry.path());
      if (std::string(target) == "parse") CHECK_NOTHROW(paiban::fuzz::parse_one(bytes));
      if (std::string(target) == "layout_xml") CHECK_NOTHROW(paiban::fuzz::layout_xml_one(bytes));
      if (std::string(target) == "font") CHECK_NOTHROW(paiban::fuzz::font_one(bytes));
      ++seen;
    }
  CHECK(seen >= 15);
}
