// Parse throughput (MB/s of input) on the example article and on a large
// generated article. The parser must never be the bottleneck of a batch:
// the target is at least 20 MB/s on one core.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "parse/parse.h"

namespace {

std::string read_example() {
  std::ifstream in(PAIBAN_SOURCE_DIR "/examples/zhibu-2014-10-tianzhen.txt", std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A long article built from the example's body lines: numbered so that no
// paragraph repeats (repeats would be dropped), with headings and points,
// half-width punctuation to normalise and a few Latin runs.
std::string generated_article(std::size_t target_bytes) {
  std::string example = read_example();
  std::vector<std::string> body;
  std::istringstream lines(example);
  for (std::string line; std::getline(lines, line);)
    if (line.size() > 200) body.push_back(line);
  std::string out = "组织工作要紧扣中心服务大局\n\n2014-08-15 00:51\n支部建设 2014年10期\n关键词:组织部门考核干部\n\n";
  static const char* const numerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
  for (std::size_t i = 0; out.size() < target_bytes; ++i) {
    if (i % 12 == 0) out += std::string(numerals[(i / 12) % 9]) + "、第" + std::to_string(i) + "部分,标题文字\n\n";
    const std::string& para = body[i % body.size()];
    if (i % 4 == 1) out += std::string(numerals[(i / 4) % 9]) + "是";
    out += para + "(第" + std::to_string(i) + "段,GDP 2.5%)\n\n";
  }
  out += "(责编:张灵霞)\n";
  return out;
}

void parse_bytes(benchmark::State& state, const std::string& text) {
  for (auto _ : state) {
    auto article = paiban::parse::parse_bytes(text, "bench.txt");
    benchmark::DoNotOptimize(article);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}

void BM_ParseExample(benchmark::State& state) {
  static const std::string text = read_example();
  parse_bytes(state, text);
}

void BM_ParseGenerated(benchmark::State& state) {
  static const std::string text = generated_article(static_cast<std::size_t>(state.range(0)));
  parse_bytes(state, text);
}

}  // namespace

BENCHMARK(BM_ParseExample)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseGenerated)->Arg(8 << 20)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
