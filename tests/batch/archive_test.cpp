// A generated archive with bad inputs mixed in: good ones converted, bad ones
// reported with reasons, exit 1; reruns convert nothing; --force redoes all.
#include <catch2/catch.hpp>

#include "batch/batch_support.h"

using namespace batch_test;

namespace {

constexpr int kGood = 250;

std::string gb18030_of(const std::string& utf8, const fs::path& scratch) {
  write_file(scratch / "utf8.txt", utf8);
  std::string cmd = "iconv -f UTF-8 -t GB18030 '" + (scratch / "utf8.txt").string() + "' > '" +
                    (scratch / "gb.txt").string() + "'";
  REQUIRE(std::system(cmd.c_str()) == 0);
  return read_file(scratch / "gb.txt");
}

// Name -> bytes of inputs that must fail.
std::map<std::string, std::string> bad_inputs() {
  std::string binary = "\x89PNG\r\n\x1a\n";
  for (int i = 0; i < 4000; ++i) binary.push_back(static_cast<char>((i * 7919) % 256));
  std::string huge;
  while (huge.size() < 300000) huge += article_variant(9999);
  std::string undecodable;  // invalid as UTF-8 and as GB18030
  for (int i = 0; i < 50; ++i) undecodable += "\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc\xff\xff\xfe\x80\x80";
  return {{"bad/empty.txt", ""}, {"bad/binary.txt", binary}, {"bad/huge.txt", huge},
          {"bad/undecodable.txt", undecodable}};
}

std::vector<std::string> statuses(const std::vector<nlohmann::json>& report, const std::string& status) {
  std::vector<std::string> paths;
  for (const auto& l : report)
    if (l.at("status") == status) paths.push_back(l.at("path"));
  std::sort(paths.begin(), paths.end());
  return paths;
}

}  // namespace

TEST_CASE("a mixed archive converts the good inputs and reports the bad ones", "[batch]") {
  TempDir tmp;
  fs::path in = tmp.path() / "in";
  std::vector<std::string> good = make_archive(in, kGood);
  write_file(in / "gb/gb18030.txt", gb18030_of(article_variant(5000), tmp.path()));
  good.push_back("gb/gb18030.txt");
  std::sort(good.begin(), good.end());
  for (const auto& [name, bytes] : bad_inputs()) write_file(in / name, bytes);
  std::vector<std::string> args{"batch", "in", "-o", "out", "--to", "json", "-j2", "--quiet",
                                "--max-bytes", "200000", "--report", "report.jsonl"};

  RunResult first = run_cli(args, tmp.path());
  REQUIRE(first.exit_code == 1);
  auto report = parse_report(read_file(tmp.path() / "report.jsonl"));
  auto by_path = report_by_path(report);
  REQUIRE(report.size() == good.size() + 4);
  CHECK(statuses(report, "ok") == good);
  for (const auto& [name, bytes] : bad_inputs()) {
    const auto& line = by_path.at(name);
    CHECK(line.at("status") == "failed");
    CHECK(line.at("outputs").empty());
    CHECK_THAT(line.at("error").get<std::string>(), Catch::Contains(name));
  }
  CHECK_THAT(by_path.at("bad/huge.txt").at("error").get<std::string>(), Catch::Contains("--max-bytes"));
  CHECK_THAT(first.err, Catch::Contains("4 failed"));

  // Each output exists with the reported size and holds its own article.
  {
    for (const std::string& rel : good) {
      const auto& out = by_path.at(rel).at("outputs").at(0);
      fs::path file = tmp.path() / out.at("path").get<std::string>();
      REQUIRE(fs::file_size(file) == out.at("bytes").get<std::size_t>());
      std::string n = rel == "gb/gb18030.txt" ? "5000" : fs::path(rel).stem().string().substr(3);  // artN
      CHECK_THAT(nlohmann::json::parse(read_file(file)).at("title").get<std::string>(), Catch::Contains("之" + n));
    }
    for (const std::string& f : files_under(tmp.path() / "out")) CHECK(f.find(".tmp-") == std::string::npos);
  }

  // A rerun converts nothing; a deleted, truncated or changed input alone is redone.
  {
    RunResult again = run_cli(args, tmp.path());
    CHECK(again.exit_code == 1);
    auto second = parse_report(read_file(tmp.path() / "report.jsonl"));
    CHECK(statuses(second, "skipped") == good);
    CHECK(statuses(second, "ok").empty());

    fs::remove(tmp.path() / "out" / fs::path(good[3]).replace_extension(".json"));
    fs::resize_file(tmp.path() / "out" / fs::path(good[4]).replace_extension(".json"), 10);
    write_file(in / good[7], article_variant(777777));
    run_cli(args, tmp.path());
    auto third = parse_report(read_file(tmp.path() / "report.jsonl"));
    CHECK(statuses(third, "ok") == std::vector<std::string>{good[3], good[4], good[7]});
    CHECK_THAT(read_file(tmp.path() / "out" / fs::path(good[7]).replace_extension(".json")),
               Catch::Contains("之777777"));

    args.push_back("--force");
    run_cli(args, tmp.path());
    CHECK(statuses(parse_report(read_file(tmp.path() / "report.jsonl")), "ok") == good);
  }
}

TEST_CASE("batch refuses a missing input and a bad --to", "[batch]") {
  TempDir tmp;
  CHECK(run_cli({"batch", "nowhere", "-o", "out", "--to", "json"}, tmp.path()).exit_code == 66);
  make_archive(tmp.path() / "in", 1);
  CHECK(run_cli({"batch", "in", "-o", "out", "--to", "tiff"}, tmp.path()).exit_code == 2);
}
