// `paiban parse` and `paiban lint` as a user runs them: exit codes, one-line
// messages naming the file, no output file left behind on error.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "support/files.h"
#include "support/run_command.h"
#include "support/temp_dir.h"

namespace fs = std::filesystem;
using paiban::test::run_cli;

namespace {

const std::string kExample = std::string(PAIBAN_SOURCE_DIR) + "/examples/zhibu-2014-10-tianzhen.txt";
std::string bad(const std::string& name) { return std::string(PAIBAN_TESTS_DIR) + "/parse/bad/" + name; }

bool one_line(const std::string& s) { return !s.empty() && s.find('\n') == s.size() - 1; }

// Runs `parse FILE -o OUT` in a fresh directory; checks the exit code, the
// message and that nothing (not even a temporary file) was written.
void check_refused(const std::string& file, int code, const std::string& why) {
  paiban::test::TempDir temp("paiban-cli");
  const std::string dir = temp.path().string();
  auto r = run_cli({"parse", file, "-o", dir + "/out.json"});
  INFO(file << ": " << r.err);
  CHECK(r.exit_code == code);
  CHECK(one_line(r.err));
  CHECK(r.err.find(file) != std::string::npos);
  CHECK(r.err.find(why) != std::string::npos);
  CHECK(r.out.empty());
  CHECK(fs::is_empty(dir));
}

}  // namespace

TEST_CASE("cli parse: the example as JSON on stdout", "[cli]") {
  auto r = run_cli({"parse", kExample});
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["title"] == "组织工作要紧扣中心服务大局");
  CHECK(j["authors"][0]["name"] == "姜荣");
  CHECK(j["blocks"].size() == 19);
  CHECK(j["subtitle"].is_null());
  CHECK(j["affiliations"].is_array());
}

TEST_CASE("cli parse: -o writes the same JSON to a file", "[cli]") {
  paiban::test::TempDir temp("paiban-cli");
  const std::string dir = temp.path().string();
  auto to_stdout = run_cli({"parse", kExample});
  auto to_file = run_cli({"parse", kExample, "-o", dir + "/a.json"});
  REQUIRE(to_file.exit_code == 0);
  CHECK(to_file.out.empty());
  CHECK(paiban::test::read_file(dir + "/a.json") == to_stdout.out);
}

TEST_CASE("cli lint: diagnostics as FILE:LINE: severity: message", "[cli]") {
  auto r = run_cli({"lint", kExample});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find(kExample + ":51: warning: point 四是 missing\n") != std::string::npos);
  CHECK(r.out.find(kExample + ":9: note: repeated title dropped\n") != std::string::npos);
}

TEST_CASE("cli: usage errors exit 2", "[cli]") {
  CHECK(run_cli({}).exit_code == 2);
  CHECK(run_cli({"parse"}).exit_code == 2);
  CHECK(run_cli({"parse", kExample, "--no-such-option"}).exit_code == 2);
  CHECK(run_cli({"frobnicate"}).exit_code == 2);
  CHECK(run_cli({"parse", kExample, "--max-bytes", "lots"}).exit_code == 2);
}

TEST_CASE("cli: help and version exit 0", "[cli]") {
  auto help = run_cli({"--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("parse") != std::string::npos);
  CHECK(run_cli({"parse", "--help"}).exit_code == 0);
  auto version = run_cli({"--version"});
  CHECK(version.exit_code == 0);
  CHECK(version.out.rfind("paiban ", 0) == 0);
}

TEST_CASE("cli: bad input data exits 65 with a one-line message", "[cli]") {
  check_refused(bad("empty.txt"), 65, "empty");
  check_refused(bad("blank.txt"), 65, "empty");
  check_refused(bad("nul.txt"), 65, "binary");
  check_refused(bad("image.png"), 65, "binary");
  check_refused(bad("random-bytes.bin"), 65, "binary");
  check_refused(bad("english.txt"), 65, "not an article");
  paiban::test::TempDir temp("paiban-cli");
  const std::string dir = temp.path().string();
  auto r = run_cli({"parse", kExample, "--max-bytes", "1000", "-o", dir + "/out.json"});
  CHECK(r.exit_code == 65);
  CHECK(r.err.find("too large") != std::string::npos);
  CHECK(fs::is_empty(dir));
  CHECK(run_cli({"lint", bad("nul.txt")}).exit_code == 65);
}

TEST_CASE("cli parse: the largest --max-bytes is no limit, not a limit of nothing", "[cli]") {
  auto r = run_cli({"parse", kExample, "--max-bytes", "18446744073709551615"});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out == run_cli({"parse", kExample}).out);
}

TEST_CASE("cli: missing or unreadable input exits 66", "[cli]") {
  check_refused("/nonexistent/article.txt", 66, "No such file");
  check_refused(std::string(PAIBAN_TESTS_DIR), 66, "directory");
  CHECK(run_cli({"lint", "/nonexistent/article.txt"}).exit_code == 66);
}

TEST_CASE("cli: an output that cannot be written exits 73", "[cli]") {
  paiban::test::TempDir temp("paiban-cli");
  const std::string dir = temp.path().string();
  auto r = run_cli({"parse", kExample, "-o", dir + "/missing/out.json"});
  CHECK(r.exit_code == 73);
  CHECK(one_line(r.err));
  CHECK(r.err.find(dir + "/missing/out.json") != std::string::npos);
  fs::create_directory(dir + "/taken");
  auto over_dir = run_cli({"parse", kExample, "-o", dir + "/taken"});
  CHECK(over_dir.exit_code == 73);
  std::size_t entries = 0;
  for (const auto& e : fs::directory_iterator(dir)) entries += e.path().filename() != "taken";
  CHECK(entries == 0);  // no temporary file left beside it
}
