// --timeout: an input over its time fails alone (status timeout, exit 1, no
// outputs of it left); one that hangs inside a stage ends the run with exit 70
// after reporting it, and a rerun resumes. Plus the watchdog on its own.
#include <atomic>
#include <chrono>
#include <thread>

#include <catch2/catch.hpp>

#include "batch/batch_support.h"
#include "cli/batch/watchdog.h"

using namespace batch_test;
using namespace std::chrono_literals;

namespace {

// Outputs, stamps and temporaries of input `stem` in OUT.
std::vector<std::string> files_of(const fs::path& out, const std::string& stem) {
  std::vector<std::string> found;
  for (const std::string& f : files_under(out))
    if (f.find("/" + stem + ".") != std::string::npos || f.find("/." + stem + ".") != std::string::npos)
      found.push_back(f);
  return found;
}

}  // namespace

TEST_CASE("an input over --timeout fails alone with status timeout and leaves no output", "[batch][timeout]") {
  TempDir tmp;
  std::vector<std::string> inputs = make_archive(tmp.path() / "in", 3);
  // Some 230 KB of text: parsing alone takes longer than a millisecond.
  std::string long_text;
  for (int i = 0; i < 20; ++i) long_text += article_variant(100 + i) + "\n";
  write_file(tmp.path() / "in" / "long" / "big.txt", long_text);

  RunResult r = run_cli({"batch", "in", "-o", "out", "--to", "pdf,json", "-j2", "--quiet", "--timeout", "0.001",
                         "--report", "report.jsonl"},
                        tmp.path());
  INFO(r.err);
  CHECK(r.exit_code == 1);
  auto report = report_by_path(parse_report(read_file(tmp.path() / "report.jsonl")));
  REQUIRE(report.size() == 4);
  REQUIRE(report.count("long/big.txt") == 1);
  CHECK(report["long/big.txt"]["status"] == "timeout");
  for (auto& [path, line] : report) {
    INFO(path);
    if (line["status"] == "ok") continue;  // a short input may finish within a millisecond
    REQUIRE(line["status"] == "timeout");
    CHECK(line["error"].get<std::string>().find("--timeout 0.001 s") != std::string::npos);
    CHECK(line["outputs"].empty());
    CHECK(files_of(tmp.path() / "out", fs::path(path).stem().string()).empty());
  }
  CHECK(r.err.find("failed") != std::string::npos);  // the summary counts timeouts as failures
}

TEST_CASE("a timeout of 0 means no limit, and a bad value is a usage error", "[batch][timeout]") {
  TempDir tmp;
  make_archive(tmp.path() / "in", 2);
  CHECK(run_cli({"batch", "in", "-o", "out", "--to", "json", "--quiet", "--timeout", "0"}, tmp.path()).exit_code == 0);
  for (const char* bad : {"-1", "soon", "nan"}) {
    RunResult r = run_cli({"batch", "in", "-o", "out2", "--to", "json", "--quiet", "--timeout", bad}, tmp.path());
    INFO(bad << ": " << r.err);
    CHECK(r.exit_code == 2);
  }
}

TEST_CASE("an input that hangs ends the run with exit 70, reported, and a rerun resumes", "[batch][timeout]") {
  TempDir tmp;
  make_archive(tmp.path() / "in", 4);  // vol0/art0 … vol3/art3, taken in that order with -j1
  std::vector<std::string> args{"batch", "in", "-o", "out", "--to", "json", "-j1", "--quiet", "--timeout", "0.5",
                                "--report"};
  std::vector<std::string> first = args;
  first.push_back("hung.jsonl");
  auto start = std::chrono::steady_clock::now();
  RunResult r = run_cli(first, tmp.path(), {{"PAIBAN_BATCH_TEST_HANG", "vol2/art2.txt"}});
  CHECK(std::chrono::steady_clock::now() - start < 20s);
  CHECK(r.exit_code == 70);
  CHECK(r.err.rfind("paiban batch: vol2/art2.txt: hung: still running after ", 0) == 0);
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  auto report = report_by_path(parse_report(read_file(tmp.path() / "hung.jsonl")));
  CHECK(report.size() == 3);
  CHECK(report["vol0/art0.txt"]["status"] == "ok");
  CHECK(report["vol1/art1.txt"]["status"] == "ok");
  CHECK(report["vol2/art2.txt"]["status"] == "timeout");
  CHECK(files_of(tmp.path() / "out", "art2").empty());
  CHECK(files_of(tmp.path() / "out", "art3").empty());

  std::vector<std::string> rerun = args;
  rerun.push_back("rerun.jsonl");
  RunResult again = run_cli(rerun, tmp.path());
  INFO(again.err);
  REQUIRE(again.exit_code == 0);
  report = report_by_path(parse_report(read_file(tmp.path() / "rerun.jsonl")));
  CHECK(report["vol0/art0.txt"]["status"] == "skipped");
  CHECK(report["vol1/art1.txt"]["status"] == "skipped");
  CHECK(report["vol2/art2.txt"]["status"] == "ok");
  CHECK(report["vol3/art3.txt"]["status"] == "ok");
}

TEST_CASE("the watchdog calls out an input held past its limit, once", "[batch][timeout]") {
  using paiban::cli::batch::InputEntry;
  using paiban::cli::batch::Watchdog;
  InputEntry quick, stuck;
  quick.relative = "quick.txt";
  stuck.relative = "stuck.txt";
  std::atomic<int> calls{0};
  std::string named;
  {
    Watchdog watchdog(2, 50ms, [&](const InputEntry& e, std::chrono::duration<double> running) {
      named = e.relative;
      CHECK(running >= 50ms);
      ++calls;
    });
    watchdog.begin(0, quick);
    watchdog.end(0);
    watchdog.begin(1, stuck);
    for (int i = 0; i < 200 && calls == 0; ++i) std::this_thread::sleep_for(10ms);
  }
  CHECK(calls == 1);
  CHECK(named == "stuck.txt");
}

TEST_CASE("a watchdog without a limit never calls", "[batch][timeout]") {
  paiban::cli::batch::InputEntry entry;
  bool called = false;
  {
    paiban::cli::batch::Watchdog watchdog(1, std::chrono::duration<double>(0), [&](auto&&...) { called = true; });
    watchdog.begin(0, entry);
    std::this_thread::sleep_for(30ms);
  }
  CHECK_FALSE(called);
}
