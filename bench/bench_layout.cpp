// Layout throughput on the example article: shaping, line breaking and
// pagination with fonts already loaded (target: at most 2 ms per article on
// one core), and separately the cost of loading the fonts.
#include <benchmark/benchmark.h>

#include <memory>

#include "layout/layout_article.h"
#include "layout/layout_spec.h"
#include "parse/parse.h"
#include "text/font_catalog.h"

namespace {

using namespace paiban;

const model::Article& example() {
  static model::Article article = parse::parse_file(PAIBAN_SOURCE_DIR "/examples/zhibu-2014-10-tianzhen.txt");
  return article;
}

const text::FontCatalog& fonts() {
  static std::shared_ptr<const text::FontCatalog> catalog = text::FontCatalog::load();
  return *catalog;
}

void layout_in(benchmark::State& state, const char* name) {
  layout::LayoutSpec spec = layout::load_layout(name);
  const model::Article& article = example();
  const text::FontCatalog& catalog = fonts();
  int pages = 0;
  for (auto _ : state) {
    layout::Document doc = layout::layout_article(article, spec, catalog);
    pages = static_cast<int>(doc.pages.size());
    benchmark::DoNotOptimize(doc);
  }
  state.counters["pages"] = pages;
  state.SetItemsProcessed(state.iterations());
}

void BM_LayoutBookletA5(benchmark::State& state) { layout_in(state, "booklet-a5"); }
void BM_LayoutHandoutA4(benchmark::State& state) { layout_in(state, "handout-a4"); }
void BM_LayoutIssueA4(benchmark::State& state) { layout_in(state, "issue-a4"); }

void BM_FontLoad(benchmark::State& state) {
  for (auto _ : state) {
    auto catalog = text::FontCatalog::load();
    benchmark::DoNotOptimize(catalog);
  }
}

void BM_LayoutLoad(benchmark::State& state) {
  for (auto _ : state) {
    layout::LayoutSpec spec = layout::load_layout("issue-a4");
    benchmark::DoNotOptimize(spec);
  }
}

}  // namespace

BENCHMARK(BM_LayoutBookletA5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LayoutHandoutA4)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LayoutIssueA4)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FontLoad)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LayoutLoad)->Unit(benchmark::kMicrosecond);
BENCHMARK_MAIN();
