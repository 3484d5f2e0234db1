#include "export/pdf/imposition.h"

namespace paiban::export_pdf {

std::vector<SheetSide> saddle_stitch_order(int page_count) {
  std::vector<SheetSide> sides;
  if (page_count <= 0) return sides;
  int padded = (page_count + 3) / 4 * 4;
  auto real = [&](int p) { return p < page_count ? p : -1; };
  for (int s = 0; s < padded / 4; ++s) {
    sides.push_back({real(padded - 1 - 2 * s), real(2 * s), s, false});
    sides.push_back({real(2 * s + 1), real(padded - 2 - 2 * s), s, true});
  }
  return sides;
}

}  // namespace paiban::export_pdf
