#include "layout/issue/page_labels.h"

#include <array>
#include <utility>

namespace paiban::layout::issue {

std::string roman_numeral(int n) {
  static const std::array<std::pair<int, const char*>, 13> digits{{{1000, "m"}, {900, "cm"}, {500, "d"},
      {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"},
      {4, "iv"}, {1, "i"}}};
  std::string out;
  for (const auto& [value, text] : digits)
    for (; n >= value; n -= value) out += text;
  return out;
}

}  // namespace paiban::layout::issue
