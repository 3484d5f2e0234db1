// Output that cannot be written: a clear message, exit 73, and never a
// partial file under the output's name (nor a leftover temporary).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "hardening/harness.h"

using namespace hardening;

namespace {

// Each command that writes a file, with the name of that file.
struct Writer {
  std::string command, output;
};
const std::vector<Writer> kWriters{
    {"parse", "a.json"}, {"render", "a.pdf"}, {"render", "a.docx"}, {"issue", "a.pdf"}};

Run write(const Writer& w, const ScratchDir& dir, const fs::path& output, const Limits& limits = {}) {
  return run_cli({w.command, (dir / "a.txt").string(), "-o", output.string()}, limits);
}

// RLIMIT_FSIZE of 4 KiB: every output of the example is larger, so the write
// fails part-way, as on a full disk.
Limits full_disk() {
  Limits l;
  l.max_file_bytes = 4096;
  return l;
}

}  // namespace

TEST_CASE("an output folder that does not exist") {
  for (const Writer& w : kWriters) {
    ScratchDir dir;
    write_bytes(dir / "a.txt", example_article());
    Run r = write(w, dir, dir / "no" / "such" / w.output);
    CHECK_CLEAN_FAILURE(r, 73, dir.path(), std::vector<std::string>{"a.txt"});
    CHECK(r.err.find(w.output) != std::string::npos);
  }
}

TEST_CASE("an output path that is a folder") {
  for (const Writer& w : kWriters) {
    ScratchDir dir;
    write_bytes(dir / "a.txt", example_article());
    fs::create_directory(dir / w.output);
    Run r = write(w, dir, dir / w.output);
    CHECK_CLEAN_FAILURE(r, 73, dir.path(), (std::vector<std::string>{w.output, "a.txt"}));
    CHECK(fs::is_empty(dir / w.output));
  }
}

TEST_CASE("an output folder where nobody may create files") {
  // /proc refuses new files even to root, so this holds in CI as root too.
  for (const Writer& w : kWriters) {
    ScratchDir dir;
    write_bytes(dir / "a.txt", example_article());
    Run r = write(w, dir, "/proc/paiban-hardening-" + w.output);
    CHECK_CLEAN_FAILURE(r, 73, dir.path(), std::vector<std::string>{"a.txt"});
    CHECK_FALSE(fs::exists("/proc/paiban-hardening-" + w.output));
  }
}

TEST_CASE("a full disk half-way through the output") {
  for (const Writer& w : kWriters) {
    ScratchDir dir;
    fs::create_directory(dir / "out");
    write_bytes(dir / "a.txt", example_article());
    Run r = write(w, dir, dir / "out" / w.output, full_disk());
    CHECK_CLEAN_FAILURE(r, 73, dir / "out", std::vector<std::string>{});
  }
}

TEST_CASE("an existing output is left intact when the new one cannot be written") {
  for (const Writer& w : kWriters) {
    ScratchDir dir;
    fs::create_directory(dir / "out");
    write_bytes(dir / "a.txt", example_article());
    write_bytes(dir / "out" / w.output, "previous run");
    Run r = write(w, dir, dir / "out" / w.output, full_disk());
    CHECK_CLEAN_FAILURE(r, 73, dir / "out", std::vector<std::string>{w.output});
    CHECK(read_bytes(dir / "out" / w.output) == "previous run");
  }
}
