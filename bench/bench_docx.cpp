// Writing the example article's handout in process, model and layout
// already loaded: the DOCX package (target: at most 5 ms) and the Flat OPC
// file.
#include <benchmark/benchmark.h>

#include "export/docx/docx.h"
#include "layout/layout_spec.h"
#include "parse/parse.h"

namespace {

struct Inputs {
  paiban::model::Article article =
      paiban::parse::parse_file(PAIBAN_SOURCE_DIR "/examples/zhibu-2014-10-tianzhen.txt");
  paiban::layout::LayoutSpec layout = paiban::layout::load_layout("handout-a4");
};

const Inputs& inputs() {
  static const Inputs loaded;
  return loaded;
}

void BM_WriteDocx(benchmark::State& state) {
  const Inputs& in = inputs();
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::string docx = paiban::export_docx::write_docx(in.article, in.layout);
    bytes = docx.size();
    benchmark::DoNotOptimize(docx.data());
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_WriteDocx)->Unit(benchmark::kMillisecond);

void BM_WriteFlatXml(benchmark::State& state) {
  const Inputs& in = inputs();
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::string xml = paiban::export_docx::write_flat_xml(in.article, in.layout);
    bytes = xml.size();
    benchmark::DoNotOptimize(xml.data());
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_WriteFlatXml)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
