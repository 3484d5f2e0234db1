// The parser never crashes and never hangs: damaged versions of the example
// (cut at many points, bytes flipped, lines shuffled in) either parse or are
// refused with paiban::Error(data). Run under ASan+UBSan in CI.
#include <catch2/catch.hpp>

#include <chrono>
#include <random>

#include "model/error.h"
#include "parse_test_support.h"

using namespace paiban;

namespace {

// Parses `bytes`; true if parsed, false if refused as bad data. Anything
// else (another exception, a crash) fails the test.
bool parses(const std::string& bytes) {
  try {
    model::Article a = parse::parse_bytes(bytes, "fuzz.txt");
    for (const model::Block& b : a.blocks) CHECK(b.line > 0);
    return true;
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::data);
    return false;
  }
}

}  // namespace

TEST_CASE("robustness: the example cut at many points", "[robust]") {
  std::string example = test::read_file(test::example_path());
  int parsed = 0;
  for (std::size_t cut = 1; cut < example.size(); cut += 97) parsed += parses(example.substr(0, cut));
  CHECK(parsed > 100);
}

TEST_CASE("robustness: random byte damage", "[robust]") {
  std::string example = test::read_file(test::example_path());
  std::mt19937 rng(20241126);
  for (int round = 0; round < 200; ++round) {
    std::string bytes = example;
    int flips = 1 + static_cast<int>(rng() % 40);
    for (int i = 0; i < flips; ++i) bytes[rng() % bytes.size()] = static_cast<char>(rng() % 256);
    parses(bytes);
  }
}

TEST_CASE("robustness: structure-shaped noise", "[robust]") {
  const char* const pieces[] = {"一是", "二要", "（一）", "(二)", "第一章", "1.1 ", "[1]", "①", "〔2〕", "[注]", "关键词:",
                                "摘要:", "■", "▸▸▸", "——", "猜你喜欢", "(责编:", ")", "2014-08-15 00:51", "支部建设 2014年10期",
                                "http://a.cn/", "www.", ",", ":", "(", "。", "\n", "\n\n", "   ", "中文", "GDP", "3,000"};
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    std::string text = "标题\n";
    int n = 1 + static_cast<int>(rng() % 200);
    for (int i = 0; i < n; ++i) text += pieces[rng() % std::size(pieces)];
    parses(text);
  }
}

TEST_CASE("robustness: pathological shapes stay fast", "[robust]") {
  auto start = std::chrono::steady_clock::now();
  std::string one_line_repeated;
  for (int i = 0; i < 20000; ++i) one_line_repeated += "组织部门要考核干部,这是重复的一行。\n";
  CHECK(parses(one_line_repeated));
  std::string urls_and_commas = "标题\n\n";
  for (int i = 0; i < 20000; ++i) urls_and_commas += "www.a.cn,中文中文内容(";
  CHECK(parses(urls_and_commas));
  std::string points = "标题\n\n";
  for (int i = 0; i < 20000; ++i) points += "五是重复。\n\n";
  CHECK(parses(points));
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 20);  // generous for sanitizer builds; quadratic behaviour would take minutes
}
