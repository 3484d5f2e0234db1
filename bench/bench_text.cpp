// Text engine throughput: loading the font catalog, and setting every
// paragraph of the example article (shaping, breaking, justification) at the
// A5 booklet's body measure with the fonts already loaded.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/font_catalog.h"
#include "text/paragraph.h"

namespace {

using namespace paiban::text;

// A5 trim width minus the booklet's inner and outer margins (18 mm each).
constexpr double kA5BodyMeasure = 419.53 - 2 * 51.02;
constexpr double kBodySize = 10.5;

std::vector<std::string> article_paragraphs() {
  std::ifstream in(PAIBAN_SOURCE_DIR "/examples/zhibu-2014-10-tianzhen.txt", std::ios::binary);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) out.push_back(line);
  return out;
}

std::vector<ParagraphSpec> article_specs() {
  std::vector<ParagraphSpec> specs;
  for (const auto& text : article_paragraphs()) {
    ParagraphSpec spec;
    spec.spans.push_back(Span{text, TextStyle{"body", kBodySize, false}});
    spec.measure = kA5BodyMeasure;
    spec.first_indent = 2 * kBodySize;
    specs.push_back(std::move(spec));
  }
  return specs;
}

void BM_FontCatalogLoad(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(FontCatalog::load());
}
BENCHMARK(BM_FontCatalogLoad)->Unit(benchmark::kMillisecond);

void BM_SetArticle(benchmark::State& state) {
  const auto fonts = FontCatalog::load();
  const auto specs = article_specs();
  size_t lines = 0, bytes = 0;
  for (const auto& s : specs) bytes += s.spans[0].text.size();
  for (auto _ : state) {
    lines = 0;
    for (const auto& spec : specs) lines += set_paragraph(*fonts, spec).lines.size();
    benchmark::DoNotOptimize(lines);
  }
  state.counters["lines"] = static_cast<double>(lines);
  state.counters["paragraphs"] = static_cast<double>(specs.size());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_SetArticle)->Unit(benchmark::kMicrosecond);

// Narrow measure (5 em): many more candidate lines per break.
void BM_SetArticleNarrow(benchmark::State& state) {
  const auto fonts = FontCatalog::load();
  auto specs = article_specs();
  for (auto& s : specs) {
    s.measure = 5 * kBodySize;
    s.first_indent = 0;
  }
  for (auto _ : state)
    for (const auto& spec : specs) benchmark::DoNotOptimize(set_paragraph(*fonts, spec));
}
BENCHMARK(BM_SetArticleNarrow)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
