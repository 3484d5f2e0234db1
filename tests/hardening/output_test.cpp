// Output that cannot be written: a clear message, exit 73, and never a
// partial file under the output's name (nor a leftover temporary).
#include <catch2/catch.hpp>

#include <string>

#include "hardening/harness.h"

using namespace hardening;

TEST_CASE("an output folder that does not exist") {
  ScratchDir dir;
  write_bytes(dir / "a.txt", example_article());
  Run r = run_cli({"parse", (dir / "a.txt").string(), "-o", (dir / "no" / "such" / "a.json").string()});
  CHECK_CLEAN_FAILURE(r, 73, dir.path(), std::vector<std::string>{"a.txt"});
  CHECK(r.err.find("a.json") != std::string::npos);
}

TEST_CASE("an output path that is a folder") {
  ScratchDir dir;
  write_bytes(dir / "a.txt", example_article());
  fs::create_directory(dir / "a.json");
  Run r = run_cli({"parse", (dir / "a.txt").string(), "-o", (dir / "a.json").string()});
  CHECK_CLEAN_FAILURE(r, 73, dir.path(), (std::vector<std::string>{"a.json", "a.txt"}));
  CHECK(fs::is_empty(dir / "a.json"));
}

TEST_CASE("an output folder where nobody may create files") {
  // /proc refuses new files even to root, so this holds in CI as root too.
  ScratchDir dir;
  write_bytes(dir / "a.txt", example_article());
  Run r = run_cli({"parse", (dir / "a.txt").string(), "-o", "/proc/paiban-hardening.json"});
  CHECK_CLEAN_FAILURE(r, 73, dir.path(), std::vector<std::string>{"a.txt"});
  CHECK_FALSE(fs::exists("/proc/paiban-hardening.json"));
}

TEST_CASE("a full disk half-way through the output") {
  // RLIMIT_FSIZE of 4 KiB: the JSON of the example is larger, so the write
  // fails part-way, as on a full disk.
  ScratchDir dir;
  fs::create_directory(dir / "out");
  write_bytes(dir / "a.txt", example_article());
  Limits small;
  small.max_file_bytes = 4096;
  Run r = run_cli({"parse", (dir / "a.txt").string(), "-o", (dir / "out" / "a.json").string()}, small);
  CHECK_CLEAN_FAILURE(r, 73, dir / "out", std::vector<std::string>{});
}

TEST_CASE("an existing output is left intact when the new one cannot be written") {
  ScratchDir dir;
  fs::create_directory(dir / "out");
  write_bytes(dir / "a.txt", example_article());
  write_bytes(dir / "out" / "a.json", "previous run");
  Limits small;
  small.max_file_bytes = 4096;
  Run r = run_cli({"parse", (dir / "a.txt").string(), "-o", (dir / "out" / "a.json").string()}, small);
  CHECK_CLEAN_FAILURE(r, 73, dir / "out", std::vector<std::string>{"a.json"});
  CHECK(read_bytes(dir / "out" / "a.json") == "previous run");
}
