#pragma once
// Page labels of an issue: the cover and contents count in lower-case roman
// numerals (i, ii, iii…), the articles in arabic numerals from 1.
#include <string>

namespace paiban::layout::issue {

std::string roman_numeral(int n);  // 1 -> "i", 4 -> "iv", 1994 -> "mcmxciv"; "" for n < 1

}  // namespace paiban::layout::issue
