// PDF export alone, on the example article laid out once: the whole writer,
// and the hb-subset step for the body face that dominates it.
#include <benchmark/benchmark.h>

#include "export/pdf/font_subset.h"
#include "export/pdf/glyph_usage.h"
#include "export/pdf/pdf_writer.h"
#include "layout/layout_article.h"
#include "parse/parse.h"

namespace {

using namespace paiban;

const layout::Document& example_document() {
  static const layout::Document document = [] {
    auto article = parse::parse_file(PAIBAN_SOURCE_DIR "/examples/zhibu-2014-10-tianzhen.txt");
    auto fonts = text::FontCatalog::load();
    return layout::layout_article(article, layout::load_layout("booklet-a5"), *fonts);
  }();
  return document;
}

void BM_WritePdf(benchmark::State& state) {
  const layout::Document& document = example_document();
  export_pdf::PdfOptions options;
  options.creation_time = 0;
  options.impose = state.range(0) ? export_pdf::Imposition::saddle : export_pdf::Imposition::none;
  std::size_t bytes = 0;
  for (auto _ : state) bytes = export_pdf::write_pdf(document, options).size();
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_WritePdf)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// Subsetting each face the example uses, one benchmark per face.
void BM_SubsetFace(benchmark::State& state) {
  const layout::Document& document = example_document();
  auto usage = export_pdf::collect_glyph_usage(document);
  auto it = usage.begin();
  std::advance(it, std::min<long>(state.range(0), static_cast<long>(usage.size()) - 1));
  const text::FaceInfo& face = document.faces[it->first];
  state.SetLabel(face.postscript_name + " " + std::to_string(it->second.gids.size()) + " glyphs");
  for (auto _ : state) benchmark::DoNotOptimize(export_pdf::subset_face(face, it->second.gids));
}
BENCHMARK(BM_SubsetFace)->DenseRange(0, 4)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
