#include "export/pdf/pdf_number.h"

#include <charconv>
#include <cmath>

namespace paiban::export_pdf {

void append_number(std::string& out, double value, int decimals) {
  if (!std::isfinite(value)) value = 0;
  double scale = std::pow(10.0, decimals);
  double rounded = std::round(value * scale) / scale;
  if (rounded == 0) rounded = 0;  // no "-0"
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, rounded, std::chars_format::fixed, decimals);
  if (ec != std::errc()) {
    out += '0';
    return;
  }
  char* last = end;
  if (decimals > 0) {
    while (last[-1] == '0') --last;
    if (last[-1] == '.') --last;
  }
  out.append(buf, last);
}

std::string pdf_number(double value, int decimals) {
  std::string out;
  append_number(out, value, decimals);
  return out;
}

}  // namespace paiban::export_pdf
