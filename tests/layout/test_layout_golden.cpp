// The example article in every shipped layout: golden text dumps (set
// PAIBAN_UPDATE_GOLDEN=1 to rewrite them after a reviewed change), the
// document properties, and `paiban layout --dump` giving the same dump.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "layout/dump.h"
#include "layout/layout_article.h"
#include "layout_fixture.h"
#include "layout_properties.h"
#include "parse/parse.h"

using namespace paiban;
using namespace paiban::layout;
using namespace paiban::layout::testing;

namespace {

const char* kExample = PAIBAN_SOURCE_DIR "/examples/zhibu-2014-10-tianzhen.txt";

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string golden_path(const std::string& layout) {
  return std::string(PAIBAN_TESTS_DIR) + "/golden/layout/" + layout + ".dump";
}

// The first line where two dumps differ, for a readable failure.
std::string first_difference(const std::string& a, const std::string& b) {
  std::istringstream x(a), y(b);
  std::string l, m;
  for (int n = 1;; ++n) {
    bool more_x = static_cast<bool>(std::getline(x, l)), more_y = static_cast<bool>(std::getline(y, m));
    if (!more_x && !more_y) return "";
    if (l != m || more_x != more_y) return "line " + std::to_string(n) + ":\n  got:    " + l + "\n  golden: " + m;
  }
}

std::string run_cli(const std::string& args, int& status) {
  std::string command = std::string(PAIBAN_CLI) + " " + args + " 2>/dev/null";
  std::FILE* pipe = popen(command.c_str(), "r");
  std::string out;
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, n);
  status = pclose(pipe);
  status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return out;
}

}  // namespace

TEST_CASE("golden dumps of the example article", "[layout][golden]") {
  auto name = GENERATE(as<std::string>{}, "booklet-a5", "handout-a4", "issue-a4");
  CAPTURE(name);
  model::Article article = parse::parse_file(kExample);
  const LayoutSpec& spec = shipped(name);
  Document doc = layout_article(article, spec, fonts());
  check_all(doc, spec, article);
  CHECK(doc.warnings.empty());

  std::string got = dump(doc);
  if (const char* update = std::getenv("PAIBAN_UPDATE_GOLDEN"); update && std::string(update) == "1") {
    std::ofstream(golden_path(name), std::ios::binary) << got;
    WARN("rewrote " << golden_path(name));
  }
  std::string golden = read_file(golden_path(name));
  REQUIRE_FALSE(golden.empty());
  INFO(first_difference(got, golden));
  CHECK(got == golden);
}

TEST_CASE("paiban layout --dump prints the golden dump", "[layout][golden][cli]") {
  int status = 0;
  std::string out = run_cli(std::string("layout ") + kExample + " --layout issue-a4 --dump", status);
  CHECK(status == 0);
  INFO(first_difference(out, read_file(golden_path("issue-a4"))));
  CHECK(out == read_file(golden_path("issue-a4")));
  std::string summary = run_cli(std::string("layout ") + kExample, status);
  CHECK(status == 0);
  CHECK(summary.find("pages (booklet-a5)") != std::string::npos);
}

TEST_CASE("paiban layout: bad layouts give the documented exit codes", "[layout][cli]") {
  int status = 0;
  run_cli(std::string("layout ") + kExample + " --layout no-such-layout", status);
  CHECK(status == 2);
  run_cli(std::string("layout ") + kExample + " --layout /nonexistent/x.xml", status);
  CHECK(status == 66);
  run_cli(std::string("layout ") + kExample + " --layout " + PAIBAN_TESTS_DIR + "/layout/test_layout_golden.cpp", status);
  CHECK(status == 65);
  run_cli("layout /nonexistent/article.txt", status);
  CHECK(status == 66);
}
