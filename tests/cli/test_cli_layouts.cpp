// Every shipped layout renders the example article through the CLI, and a
// layout that stands a face in for another says so.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "support/run_command.h"
#include "support/temp_dir.h"

namespace fs = std::filesystem;
using paiban::test::run_cli;

namespace {

const std::string kExample = PAIBAN_SOURCE_DIR "/examples/zhibu-2014-10-tianzhen.txt";

std::string read_head(const fs::path& path, std::size_t n) {
  std::ifstream in(path, std::ios::binary);
  std::string s(n, '\0');
  in.read(s.data(), static_cast<std::streamsize>(n));
  s.resize(static_cast<std::size_t>(in.gcount()));
  return s;
}

}  // namespace

TEST_CASE("every shipped layout renders the example as PDF and DOCX", "[cli][layouts]") {
  paiban::test::TempDir temp("paiban-cli");
  const std::string dir = temp.path().string();
  int layouts = 0;
  for (const auto& entry : fs::directory_iterator(PAIBAN_SOURCE_DIR "/layouts")) {
    if (entry.path().extension() != ".xml") continue;
    ++layouts;
    const std::string name = entry.path().stem().string();
    INFO("layout " << name);
    for (const char* ext : {".pdf", ".docx"}) {
      const std::string out = dir + "/" + name + ext;
      auto r = run_cli({"render", kExample, "-o", out, "--layout", name});
      INFO(r.err);
      REQUIRE(r.exit_code == 0);
      REQUIRE(fs::file_size(out) > 4000);
      REQUIRE(read_head(out, 4) == (std::string(ext) == ".pdf" ? "%PDF" : "PK\x03\x04"));
    }
  }
  CHECK(layouts >= 4);
}

TEST_CASE("gongwen-a4 warns that Kai stands in for 仿宋", "[cli][layouts]") {
  paiban::test::TempDir temp("paiban-cli");
  const std::string dir = temp.path().string();
  auto r = run_cli({"render", kExample, "-o", dir + "/gw.pdf", "--layout", "gongwen-a4"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.find("仿宋") != std::string::npos);
  CHECK(r.err.find("gongwen-a4.xml") != std::string::npos);
}
