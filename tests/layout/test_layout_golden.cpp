// The example article in every shipped layout: golden text dumps (set
// PAIBAN_UPDATE_GOLDEN=1 to rewrite them after a reviewed change), the
// document properties, and `paiban layout --dump` giving the same dump.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "layout/dump.h"
#include "layout/layout_article.h"
#include "layout_fixture.h"
#include "layout_properties.h"
#include "parse/parse.h"
#include "support/files.h"
#include "support/run_command.h"

using namespace paiban;
using namespace paiban::layout;
using namespace paiban::layout::testing;
using paiban::test::read_file;
using paiban::test::run_cli;

namespace {

const char* kExample = PAIBAN_SOURCE_DIR "/examples/zhibu-2014-10-tianzhen.txt";

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
  auto r = run_cli({"layout", kExample, "--layout", "issue-a4", "--dump"});
  CHECK(r.exit_code == 0);
  INFO(first_difference(r.out, read_file(golden_path("issue-a4"))));
  CHECK(r.out == read_file(golden_path("issue-a4")));
  auto summary = run_cli({"layout", kExample});
  CHECK(summary.exit_code == 0);
  CHECK(summary.out.find("pages (booklet-a5)") != std::string::npos);
}

TEST_CASE("paiban layout: bad layouts give the documented exit codes", "[layout][cli]") {
  CHECK(run_cli({"layout", kExample, "--layout", "no-such-layout"}).exit_code == 2);
  CHECK(run_cli({"layout", kExample, "--layout", "/nonexistent/x.xml"}).exit_code == 66);
  CHECK(run_cli({"layout", kExample, "--layout", PAIBAN_TESTS_DIR "/layout/test_layout_golden.cpp"}).exit_code == 65);
  CHECK(run_cli({"layout", "/nonexistent/article.txt"}).exit_code == 66);
}

TEST_CASE("blocks set on two threads give the dump of one thread", "[layout][golden]") {
  auto name = GENERATE(as<std::string>{}, "booklet-a5", "issue-a4");
  CAPTURE(name);
  model::Article article = parse::parse_file(kExample);
  PaginatorOptions one_thread;
  one_thread.threads = false;
  std::string threads = dump(layout_article(article, shipped(name), fonts()));
  std::string single = dump(layout_article(article, shipped(name), fonts(), one_thread));
  INFO(first_difference(threads, single));
  CHECK(threads == single);
  CHECK(threads == read_file(golden_path(name)));
}
