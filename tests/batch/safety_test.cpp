// Names that would read or write outside INPUT/OUTDIR are refused: `..`,
// absolute paths, symbolic links leading out (of the input or the output).
#include <catch2/catch.hpp>

#include "batch/batch_support.h"

using namespace batch_test;

TEST_CASE("a list naming paths outside the current folder is refused", "[batch]") {
  TempDir tmp;
  fs::path work = tmp.path() / "work";
  write_file(work / "ok.txt", article_variant(1));
  write_file(tmp.path() / "outside.txt", article_variant(2));
  fs::create_directories(work / "sub");
  fs::create_symlink(tmp.path() / "outside.txt", work / "link.txt");
  fs::create_symlink(tmp.path(), work / "sub/up");
  std::string list = "ok.txt\n../outside.txt\nsub/../../outside.txt\n" + (tmp.path() / "outside.txt").string() +
                     "\nlink.txt\nsub/up/outside.txt\n";
  write_file(work / "list", list);

  for (const std::string& input : {std::string("list"), std::string("-")}) {
    std::string out = "out" + std::to_string(input.size());
    RunResult r = run_cli({"batch", input, "-o", out, "--to", "json", "--quiet"}, work, {}, list);
    REQUIRE(r.exit_code == 1);
    auto by_path = report_by_path(parse_report(r.out));
    REQUIRE(by_path.size() == 6);
    CHECK(by_path.at("ok.txt").at("status") == "ok");
    for (const auto& [path, line] : by_path) {
      if (path == "ok.txt") continue;
      CHECK(line.at("status") == "failed");
      CHECK_THAT(line.at("error").get<std::string>(), Catch::StartsWith("refused:"));
    }
    CHECK(files_under(work / out).size() == 2);  // ok.json and its stamp
  }
  // Nothing appeared beside the archive.
  CHECK(files_under(tmp.path()).size() == 1 + files_under(work).size());
}

TEST_CASE("a walked folder does not follow links out, and OUTDIR is not left through a link", "[batch]") {
  TempDir tmp;
  fs::path in = tmp.path() / "in";
  make_archive(in, 3);  // vol0/art0.txt, vol1/art1.txt, vol2/art2.txt
  write_file(tmp.path() / "secret/private.txt", article_variant(9));
  fs::create_symlink(tmp.path() / "secret/private.txt", in / "leak.txt");
  fs::create_symlink(tmp.path() / "secret", in / "vol-linked");
  fs::create_symlink(in / "vol0/art0.txt", in / "alias.txt");  // inside: fine
  // A link planted inside OUTDIR pointing elsewhere.
  fs::create_directories(tmp.path() / "out");
  fs::create_directories(tmp.path() / "elsewhere");
  fs::create_symlink(tmp.path() / "elsewhere", tmp.path() / "out/vol1");

  RunResult r = run_cli({"batch", "in", "-o", "out", "--to", "json", "--quiet"}, tmp.path());
  REQUIRE(r.exit_code == 1);
  auto by_path = report_by_path(parse_report(r.out));
  CHECK(by_path.count("vol-linked/private.txt") == 0);  // folder links are not walked
  CHECK(by_path.at("leak.txt").at("status") == "failed");
  CHECK_THAT(by_path.at("leak.txt").at("error").get<std::string>(), Catch::Contains("outside the input folder"));
  CHECK(by_path.at("alias.txt").at("status") == "ok");
  CHECK(by_path.at("vol0/art0.txt").at("status") == "ok");
  CHECK(by_path.at("vol1/art1.txt").at("status") == "failed");
  CHECK_THAT(by_path.at("vol1/art1.txt").at("error").get<std::string>(), Catch::Contains("outside the output folder"));
  CHECK(fs::is_empty(tmp.path() / "elsewhere"));
}

TEST_CASE("inputs whose outputs would collide are refused, not overwritten", "[batch]") {
  TempDir tmp;
  write_file(tmp.path() / "in/a.txt", article_variant(1));
  write_file(tmp.path() / "in/a.text", article_variant(2));
  RunResult r = run_cli({"batch", "in", "-o", "out", "--to", "json", "--glob", "a.*", "--quiet"}, tmp.path());
  CHECK(r.exit_code == 1);
  auto by_path = report_by_path(parse_report(r.out));
  CHECK(by_path.at("a.text").at("status") == "ok");  // first in sorted order
  CHECK_THAT(by_path.at("a.txt").at("error").get<std::string>(), Catch::Contains("overwrite"));
}
