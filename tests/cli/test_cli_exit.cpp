// Commands end the process as soon as their work is done, skipping teardown
// (cli::finish in main.cpp): what they wrote must be complete all the same:
// output files renamed into place with no temporaries beside them, and every
// line of standard output and standard error, which are pipes here and so
// fully buffered.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "support/files.h"
#include "support/run_command.h"
#include "support/temp_dir.h"

namespace fs = std::filesystem;
using paiban::test::read_file;
using paiban::test::run_cli;

namespace {

const std::string kExample = PAIBAN_SOURCE_DIR "/examples/zhibu-2014-10-tianzhen.txt";

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// Only the files named, nothing half-written beside them.
void check_only(const fs::path& dir, std::size_t files) {
  std::size_t n = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    INFO(entry.path());
    CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
    ++n;
  }
  CHECK(n == files);
}

}  // namespace

TEST_CASE("render: the PDF and the warnings are complete when the process ends", "[cli][exit]") {
  paiban::test::TempDir temp("paiban-cli");
  const fs::path out = temp.path() / "gw.pdf";
  auto r = run_cli({"render", kExample, "-o", out.string(), "--layout", "gongwen-a4"});
  REQUIRE(r.exit_code == 0);
  CHECK(ends_with(r.err, "\n"));
  CHECK(r.err.find("仿宋") != std::string::npos);
  CHECK(ends_with(read_file(out), "%%EOF\n"));
  check_only(temp.path(), 1);
}

TEST_CASE("layout: the dump written to a file equals the one on standard output", "[cli][exit]") {
  paiban::test::TempDir temp("paiban-cli");
  const fs::path out = temp.path() / "dump.txt";
  auto to_stdout = run_cli({"layout", kExample, "--dump"});
  auto to_file = run_cli({"layout", kExample, "--dump", "-o", out.string()});
  REQUIRE(to_stdout.exit_code == 0);
  REQUIRE(to_file.exit_code == 0);
  CHECK(to_stdout.out.size() > 8192);  // more than one stdio buffer
  CHECK(read_file(out) == to_stdout.out);
  check_only(temp.path(), 1);
}

TEST_CASE("issue: the PDF, the dump and the summary line are complete", "[cli][exit]") {
  paiban::test::TempDir temp("paiban-cli");
  const fs::path out = temp.path() / "issue.pdf";
  const fs::path dump = temp.path() / "issue.txt";
  auto r = run_cli({"issue", kExample, "-o", out.string(), "--dump", dump.string(), "--journal", "支部生活",
                    "--issue", "2014年10期"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.rfind(out.string() + ": 1 articles, ", 0) == 0);
  CHECK(ends_with(r.out, " pages\n"));
  CHECK(ends_with(read_file(out), "%%EOF\n"));
  CHECK(!read_file(dump).empty());
  check_only(temp.path(), 2);
}

// An existing output is replaced by name (write_file_atomically swaps the
// names, then removes the old file): another hard link to the old file keeps
// the old bytes, and a symlink at the output path is replaced, not followed.
TEST_CASE("render: an existing output, hard link or symlink is replaced as rename would", "[cli][exit]") {
  paiban::test::TempDir temp("paiban-cli");
  const fs::path out = temp.path() / "out.pdf";
  const fs::path other_link = temp.path() / "other-link.pdf";
  const fs::path elsewhere = temp.path() / "elsewhere.pdf";
  paiban::test::write_file(out, "old output");
  fs::create_hard_link(out, other_link);
  paiban::test::write_file(elsewhere, "not ours");

  auto r = run_cli({"render", kExample, "-o", out.string()});
  REQUIRE(r.exit_code == 0);
  CHECK(ends_with(read_file(out), "%%EOF\n"));
  CHECK(read_file(other_link) == "old output");
  CHECK(fs::hard_link_count(out) == 1);
  CHECK((fs::status(out).permissions() & fs::perms::all) ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read));

  const fs::path symlink = temp.path() / "via-link.pdf";
  fs::create_symlink(elsewhere, symlink);
  r = run_cli({"render", kExample, "-o", symlink.string()});
  REQUIRE(r.exit_code == 0);
  CHECK(!fs::is_symlink(symlink));
  CHECK(ends_with(read_file(symlink), "%%EOF\n"));
  CHECK(read_file(elsewhere) == "not ours");
  check_only(temp.path(), 4);
}

// Flattened charstrings are kept between renders (cli/charstring_cache_file.h):
// a second render reads them, a damaged cache file is no cache, and the PDF is
// the same each time; PAIBAN_FONT_CACHE=off keeps no such file.
TEST_CASE("render: the charstring cache changes nothing but the time", "[cli][exit]") {
  paiban::test::TempDir temp("paiban-cli");
  const fs::path cache = temp.path() / "cache";
  paiban::test::ProgramOptions with_cache;
  with_cache.env = {"XDG_CACHE_HOME=" + cache.string(), "SOURCE_DATE_EPOCH=1700000000"};
  paiban::test::ProgramOptions no_cache;
  no_cache.env = {"XDG_CACHE_HOME=" + (temp.path() / "none").string(), "PAIBAN_FONT_CACHE=off",
                  "SOURCE_DATE_EPOCH=1700000000"};
  auto render = [&](const std::string& name, const paiban::test::ProgramOptions& options) {
    auto r = run_cli({"render", kExample, "-o", (temp.path() / name).string()}, options);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return read_file(temp.path() / name);
  };
  const std::string plain = render("plain.pdf", no_cache);
  CHECK_FALSE(fs::exists(temp.path() / "none"));
  CHECK(render("first.pdf", with_cache) == plain);
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(cache / "paiban"))
    if (e.path().filename().string().rfind("charstrings-", 0) == 0) files.push_back(e.path());
  REQUIRE(files.size() == 1);
  CHECK(fs::file_size(files[0]) > 10000);
  CHECK(render("second.pdf", with_cache) == plain);

  std::string damaged = read_file(files[0]);
  damaged[damaged.size() / 2] = static_cast<char>(damaged[damaged.size() / 2] ^ 0x01);
  paiban::test::write_file(files[0], damaged);
  CHECK(render("damaged.pdf", with_cache) == plain);
}
